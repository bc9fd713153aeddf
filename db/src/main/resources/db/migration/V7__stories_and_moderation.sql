-- Lived-experience stories and the moderation workflow every contribution passes.

-- A story holds nothing that identifies an anonymous contributor: no email, no address, no user agent. Its receipt
-- and recovery codes are kept only as SHA-256 hashes, unique so that a code opens exactly one story.
CREATE TABLE story (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(150) NOT NULL,
    body                   MEDIUMTEXT   NOT NULL,
    relation               VARCHAR(20)  NOT NULL,
    harm_structure         VARCHAR(40)  NOT NULL,
    readership             VARCHAR(30)  NOT NULL,
    contributor_account_id BIGINT       NULL,
    receipt_code_hash      VARBINARY(32) NULL,
    recovery_code_hash     VARBINARY(32) NULL,
    status                 VARCHAR(20)  NOT NULL,
    urgent                 BOOLEAN      NOT NULL DEFAULT FALSE,
    moderator_message      TEXT         NULL,
    suggested_body         MEDIUMTEXT   NULL,
    submitted_at           TIMESTAMP(6) NOT NULL,
    updated_at             TIMESTAMP(6) NOT NULL,
    published_on           DATE         NULL,
    withdrawn_at           TIMESTAMP(6) NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_story_receipt UNIQUE (receipt_code_hash),
    CONSTRAINT uq_story_recovery UNIQUE (recovery_code_hash),
    CONSTRAINT fk_story_contributor FOREIGN KEY (contributor_account_id) REFERENCES account (id),
    INDEX ix_story_status_published (status, published_on),
    INDEX ix_story_withdrawn (status, withdrawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE story_content_warning (
    story_id BIGINT      NOT NULL,
    warning  VARCHAR(40) NOT NULL,
    PRIMARY KEY (story_id, warning),
    CONSTRAINT fk_story_content_warning_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Content warnings a member never wants shown expanded, and whether they open other stories straight away.
CREATE TABLE reading_preferences (
    account_id         BIGINT  NOT NULL PRIMARY KEY,
    open_stories       BOOLEAN NOT NULL DEFAULT FALSE,
    version            BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_reading_preferences_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reading_preferences_closed_warning (
    account_id BIGINT      NOT NULL,
    warning    VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, warning),
    CONSTRAINT fk_closed_warning_preferences FOREIGN KEY (account_id)
        REFERENCES reading_preferences (account_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One moderation item per piece of content, whatever its type; the unique key makes create-or-reopen safe when two
-- submissions race.
CREATE TABLE moderation_item (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    content_type           VARCHAR(40)  NOT NULL,
    content_id             BIGINT       NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    urgent                 BOOLEAN      NOT NULL DEFAULT FALSE,
    contributor_account_id BIGINT       NULL,
    content_revision       INT          NOT NULL DEFAULT 1,
    approvals_required     INT          NOT NULL,
    created_at             TIMESTAMP(6) NOT NULL,
    queued_at              TIMESTAMP(6) NOT NULL,
    updated_at             TIMESTAMP(6) NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_moderation_item_content UNIQUE (content_type, content_id),
    CONSTRAINT fk_moderation_item_contributor FOREIGN KEY (contributor_account_id) REFERENCES account (id),
    INDEX ix_moderation_item_queue (status, urgent, queued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An approval counts for the revision of the content the moderator saw; an edit asks for fresh approvals.
CREATE TABLE moderation_approval (
    item_id              BIGINT       NOT NULL,
    moderator_account_id BIGINT       NOT NULL,
    content_revision     INT          NOT NULL,
    approved_at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (item_id, content_revision, moderator_account_id),
    CONSTRAINT fk_moderation_approval_item FOREIGN KEY (item_id) REFERENCES moderation_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_moderation_approval_moderator FOREIGN KEY (moderator_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE moderation_history (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id          BIGINT       NOT NULL,
    occurred_at      TIMESTAMP(6) NOT NULL,
    actor_account_id BIGINT       NULL,
    actor_kind       VARCHAR(20)  NOT NULL,
    action           VARCHAR(30)  NOT NULL,
    from_status      VARCHAR(20)  NULL,
    to_status        VARCHAR(20)  NOT NULL,
    content_revision INT          NOT NULL,
    reason           VARCHAR(100) NULL,
    message          TEXT         NULL,
    CONSTRAINT fk_moderation_history_item FOREIGN KEY (item_id) REFERENCES moderation_item (id) ON DELETE CASCADE,
    INDEX ix_moderation_history_item (item_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
