-- Throttles' token buckets, shared by every portal node (Bucket4j's MySQL backend, decision 038). The id is the
-- throttle's space and an HMAC of the key under a secret held outside the database (never an address in clear);
-- state is Bucket4j's; expires_at (epoch milliseconds) is when the bucket is full again, after which the row is
-- deleted.
CREATE TABLE throttle_bucket (
    id         VARCHAR(191) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    state      BLOB,
    expires_at BIGINT
) ENGINE = InnoDB;

CREATE INDEX throttle_bucket_expires_at ON throttle_bucket (expires_at);
