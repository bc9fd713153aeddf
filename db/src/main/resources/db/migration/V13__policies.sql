-- The shared policy library: organisations' local policies, every version uploaded, the files themselves, and the
-- review reminders sent to their owners.

-- A policy of one organisation. Its description (title, type, summary, commitments, whether others may adapt it) is
-- the current one; each upload is a version. current_version_id points at the newest version, the default one.
CREATE TABLE policy (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id    BIGINT       NOT NULL,
    title              VARCHAR(200) NOT NULL,
    type               VARCHAR(40)  NOT NULL,
    summary            TEXT         NOT NULL,
    adaptable          BOOLEAN      NOT NULL DEFAULT FALSE,
    status             VARCHAR(20)  NOT NULL,
    current_version_id BIGINT       NULL,
    created_by         BIGINT       NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    withdrawn_at       TIMESTAMP(6) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_policy_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_policy_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    INDEX ix_policy_status_updated (status, updated_at),
    INDEX ix_policy_organisation (organisation_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE policy_commitment (
    policy_id         BIGINT NOT NULL,
    commitment_number INT    NOT NULL,
    PRIMARY KEY (policy_id, commitment_number),
    CONSTRAINT fk_policy_commitment_policy FOREIGN KEY (policy_id) REFERENCES policy (id) ON DELETE CASCADE,
    CONSTRAINT fk_policy_commitment_commitment FOREIGN KEY (commitment_number) REFERENCES charter_commitment (number),
    INDEX ix_policy_commitment_number (commitment_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One uploaded version: its label and dates, what the file is, and the text read from it for search and reading.
-- Versions are never changed after upload, except the next review date of the current one when its owners record a
-- review. The file's bytes live in policy_file_part, so nothing that reads versions ever loads a file.
CREATE TABLE policy_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    policy_id      BIGINT       NOT NULL,
    number         INT          NOT NULL,
    label          VARCHAR(40)  NOT NULL,
    effective_on   DATE         NOT NULL,
    review_due_on  DATE         NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    file_size      BIGINT       NOT NULL,
    sha256         VARBINARY(32) NOT NULL,
    text           MEDIUMTEXT   NOT NULL,
    text_truncated BOOLEAN      NOT NULL DEFAULT FALSE,
    uploaded_by    BIGINT       NOT NULL,
    uploaded_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_policy_version_number UNIQUE (policy_id, number),
    CONSTRAINT fk_policy_version_policy FOREIGN KEY (policy_id) REFERENCES policy (id) ON DELETE CASCADE,
    CONSTRAINT fk_policy_version_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES account (id),
    CONSTRAINT ck_policy_version_dates CHECK (review_due_on >= effective_on),
    CONSTRAINT ck_policy_version_size CHECK (file_size > 0),
    INDEX ix_policy_version_review (review_due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE policy
    ADD CONSTRAINT fk_policy_current_version FOREIGN KEY (current_version_id) REFERENCES policy_version (id);

-- The uploaded file, in parts of at most 1 MiB: each insert stays far below any server's max_allowed_packet
-- (MariaDB's default is 16 MiB, less than the largest file), and a download streams one part at a time.
CREATE TABLE policy_file_part (
    id          BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT   NOT NULL,
    part_number INT      NOT NULL,
    bytes       LONGBLOB NOT NULL,
    CONSTRAINT uq_policy_file_part UNIQUE (version_id, part_number),
    CONSTRAINT fk_policy_file_part_version FOREIGN KEY (version_id) REFERENCES policy_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each review reminder that went out, so that it goes out once: one row per policy, review date and kind (30 days
-- before, on the day). A new review date brings new reminders. Claimed by INSERT IGNORE before sending.
CREATE TABLE policy_review_reminder (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    policy_id     BIGINT       NOT NULL,
    review_due_on DATE         NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    recipients    INT          NOT NULL,
    sent_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_policy_review_reminder UNIQUE (policy_id, review_due_on, kind),
    CONSTRAINT fk_policy_review_reminder_policy FOREIGN KEY (policy_id) REFERENCES policy (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
