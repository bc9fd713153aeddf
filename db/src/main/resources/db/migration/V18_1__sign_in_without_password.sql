-- People who join through NHSmail prove their address there and choose no password (decision 032): their request
-- and their account hold none until they set one.

ALTER TABLE membership_request MODIFY password_hash VARCHAR(200) NULL;
ALTER TABLE account MODIFY password_hash VARCHAR(200) NULL;
