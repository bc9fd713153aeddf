-- A second factor for privileged roles (decision 033): one time-based one-time code secret per account, kept
-- encrypted by the portal with a key from its configuration, and ten single-use recovery codes kept as SHA-256
-- hashes. The failure count and pause live here, beside the secret, so that every node sees the same count and
-- parallel attempts are serialised by the row's lock.

CREATE TABLE second_factor (
    account_id      BIGINT       NOT NULL PRIMARY KEY,
    secret          VARCHAR(200) NOT NULL,
    enrolled_at     TIMESTAMP(6) NOT NULL,
    last_used_step  BIGINT       NOT NULL DEFAULT 0,
    failed_attempts INT          NOT NULL DEFAULT 0,
    pauses          INT          NOT NULL DEFAULT 0,
    paused_until    TIMESTAMP(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recovery_code (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    code_hash  BINARY(32)   NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6),
    CONSTRAINT uk_recovery_code UNIQUE (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
