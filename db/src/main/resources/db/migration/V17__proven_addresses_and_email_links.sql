-- Joining proves the address first (decision 030). A request starts UNCONFIRMED, without a password; the link
-- emailed to the address confirms it, the applicant chooses their password then, and only then does it wait
-- (PENDING) for an administrator. Once decided, the password hash has moved to the account or is not needed.
ALTER TABLE membership_request
    MODIFY password_hash VARCHAR(200) NULL,
    ADD COLUMN confirmed_at TIMESTAMP(6) NULL AFTER requested_at;

-- At most one open request (unconfirmed or waiting) per address, so that two submissions at once cannot both pass.
ALTER TABLE membership_request DROP INDEX uk_membership_request_pending_email;
ALTER TABLE membership_request DROP COLUMN pending_email;
ALTER TABLE membership_request
    ADD COLUMN open_email VARCHAR(254) AS (CASE WHEN status IN ('UNCONFIRMED', 'PENDING') THEN email END) PERSISTENT,
    ADD CONSTRAINT uk_membership_request_open_email UNIQUE (open_email);

-- Requests decided before this version keep no password hash either.
UPDATE membership_request SET password_hash = NULL WHERE status IN ('APPROVED', 'DECLINED');

-- Links sent by email: confirming an address to join, choosing a new password. Only the SHA-256 of each 256-bit
-- random token is kept; a link is deleted when used, and expired ones are purged.
CREATE TABLE email_link (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    purpose               VARCHAR(20)  NOT NULL,
    token_hash            BINARY(32)   NOT NULL,
    account_id            BIGINT,
    membership_request_id BIGINT,
    created_at            TIMESTAMP(6) NOT NULL,
    expires_at            TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_email_link_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_email_link_subject CHECK (
        (purpose = 'CONFIRM_JOIN' AND membership_request_id IS NOT NULL AND account_id IS NULL)
        OR (purpose = 'RESET_PASSWORD' AND account_id IS NOT NULL AND membership_request_id IS NULL)),
    CONSTRAINT fk_email_link_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_email_link_membership_request FOREIGN KEY (membership_request_id)
        REFERENCES membership_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_email_link_account ON email_link (account_id, purpose, created_at);
CREATE INDEX ix_email_link_expires ON email_link (expires_at);
