-- Members' accounts, their roles, and requests to join the community.

CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    job_title       VARCHAR(120),
    password_hash   VARCHAR(200) NOT NULL,
    organisation_id BIGINT,
    status          VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    full_name       VARCHAR(120)  NOT NULL,
    email           VARCHAR(254)  NOT NULL,
    job_title       VARCHAR(120)  NOT NULL,
    organisation_id BIGINT        NOT NULL,
    reason          VARCHAR(2000),
    password_hash   VARCHAR(200)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    requested_at    TIMESTAMP(6)  NOT NULL,
    decided_at      TIMESTAMP(6),
    decided_by      BIGINT,
    decision_note   VARCHAR(500),
    version         BIGINT        NOT NULL DEFAULT 0,
    -- At most one waiting request per email address, enforced by the database so that two submissions at once
    -- cannot both pass a check-then-insert.
    pending_email   VARCHAR(254) AS (CASE WHEN status = 'PENDING' THEN email END) PERSISTENT,
    CONSTRAINT uk_membership_request_pending_email UNIQUE (pending_email),
    CONSTRAINT fk_membership_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_membership_request_decided_by FOREIGN KEY (decided_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_membership_request_status ON membership_request (status, requested_at);
