-- Discussion under published case studies: comments threaded one level deep (a comment, and replies to it), each
-- moderated like any other contribution; flags from members; members whose comments appear before review.

CREATE TABLE case_study_comment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_study_id     BIGINT       NOT NULL,
    -- The comment this one replies to; a reply is never replied to (checked by the service).
    parent_id         BIGINT       NULL,
    author_account_id BIGINT       NOT NULL,
    body              TEXT         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    moderator_message TEXT         NULL,
    -- Flags raised since a moderator last decided on the comment; enough of them hide it until one decides again.
    open_flags        INT          NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(6) NOT NULL,
    updated_at        TIMESTAMP(6) NOT NULL,
    published_at      TIMESTAMP(6) NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_case_study FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES case_study_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT ck_comment_open_flags CHECK (open_flags >= 0),
    INDEX ix_comment_thread (case_study_id, created_at),
    INDEX ix_comment_author (author_account_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One flag per member and comment, kept after the moderator's decision as the record of why it was looked at.
CREATE TABLE case_study_comment_flag (
    comment_id         BIGINT       NOT NULL,
    flagged_by         BIGINT       NOT NULL,
    reason             VARCHAR(30)  NOT NULL,
    detail             VARCHAR(500) NULL,
    flagged_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (comment_id, flagged_by),
    CONSTRAINT fk_comment_flag_comment FOREIGN KEY (comment_id) REFERENCES case_study_comment (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_comment_flag_account FOREIGN KEY (flagged_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members a moderator trusts: their comments appear at once and are reviewed afterwards (post-moderation).
CREATE TABLE comment_post_moderation (
    account_id BIGINT       NOT NULL PRIMARY KEY,
    granted_by BIGINT       NOT NULL,
    granted_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_post_moderation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_moderation_granted_by FOREIGN KEY (granted_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
