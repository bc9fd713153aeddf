-- Case studies: structured, anonymised accounts written by members for case-based learning.
--
-- The content lives in versions. A version without a number is the author's working copy (a draft, or a revision
-- under review); moderation gives it the next number when it is published, and from then on it is never changed.
-- The case study points at its newest published version (what members read) and at its working copy, so a revision
-- can be reviewed while the published version stays visible.

CREATE TABLE case_study (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    author_account_id    BIGINT       NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    -- Where the working copy of a published case study is: DRAFT, IN_REVIEW or CHANGES_REQUESTED; NULL when none.
    revision_status      VARCHAR(20)  NULL,
    published_version_id BIGINT       NULL,
    working_version_id   BIGINT       NULL,
    -- The moderators' last message to the author (changes asked for, or why it was not published).
    moderator_message    TEXT         NULL,
    first_published_on   DATE         NULL,
    last_published_at    TIMESTAMP(6) NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    archived_at          TIMESTAMP(6) NULL,
    withdrawn_at         TIMESTAMP(6) NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_case_study_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    -- Readers see a case study only while it is published, and then there is always a version to show.
    CONSTRAINT ck_case_study_published_has_version CHECK (status <> 'PUBLISHED' OR published_version_id IS NOT NULL),
    CONSTRAINT ck_case_study_revision_only_when_published
        CHECK (revision_status IS NULL OR (status = 'PUBLISHED' AND working_version_id IS NOT NULL)),
    INDEX ix_case_study_author (author_account_id, updated_at),
    INDEX ix_case_study_published (status, first_published_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_study_version (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_study_id            BIGINT       NOT NULL,
    -- 1, 2, 3... in order of publication; NULL for the working copy.
    number                   INT          NULL,
    title                    VARCHAR(200) NOT NULL,
    summary                  TEXT         NULL,
    -- The setting: the kind of organisation, and the organisation itself only if the author chose to name it.
    organisation_type        VARCHAR(40)  NULL,
    organisation_id          BIGINT       NULL,
    harm_structure           VARCHAR(40)  NULL,
    raised_via               VARCHAR(40)  NULL,
    account                  MEDIUMTEXT   NULL,
    risk_assessment          TEXT         NULL,
    review_group             TEXT         NULL,
    interim_measures_detail  TEXT         NULL,
    police_involvement       VARCHAR(30)  NULL,
    police_detail            TEXT         NULL,
    support_person_harmed    TEXT         NULL,
    support_person_accused   TEXT         NULL,
    support_others           TEXT         NULL,
    outcome                  TEXT         NULL,
    learning_points          TEXT         NULL,
    created_at               TIMESTAMP(6) NOT NULL,
    updated_at               TIMESTAMP(6) NOT NULL,
    published_at             TIMESTAMP(6) NULL,
    CONSTRAINT fk_case_study_version_case_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_case_study_version_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_case_study_version_number UNIQUE (case_study_id, number),
    CONSTRAINT ck_case_study_version_number CHECK (number IS NULL OR number >= 1),
    -- A draft may be incomplete; a published version never is.
    CONSTRAINT ck_case_study_version_complete CHECK (number IS NULL OR (published_at IS NOT NULL
        AND summary IS NOT NULL AND organisation_type IS NOT NULL AND harm_structure IS NOT NULL
        AND raised_via IS NOT NULL AND account IS NOT NULL AND outcome IS NOT NULL AND learning_points IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE case_study
    ADD CONSTRAINT fk_case_study_published_version FOREIGN KEY (published_version_id)
        REFERENCES case_study_version (id),
    ADD CONSTRAINT fk_case_study_working_version FOREIGN KEY (working_version_id)
        REFERENCES case_study_version (id);

-- The reflection questions for discussion, in the author's order.
CREATE TABLE case_study_version_question (
    version_id BIGINT NOT NULL,
    position   INT    NOT NULL,
    text       TEXT   NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_case_study_question_version FOREIGN KEY (version_id) REFERENCES case_study_version (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_study_version_theme (
    version_id BIGINT      NOT NULL,
    theme      VARCHAR(40) NOT NULL,
    PRIMARY KEY (version_id, theme),
    CONSTRAINT fk_case_study_theme_version FOREIGN KEY (version_id) REFERENCES case_study_version (id)
        ON DELETE CASCADE,
    INDEX ix_case_study_theme (theme, version_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_study_version_commitment (
    version_id        BIGINT NOT NULL,
    commitment_number INT    NOT NULL,
    PRIMARY KEY (version_id, commitment_number),
    CONSTRAINT fk_case_study_commitment_version FOREIGN KEY (version_id) REFERENCES case_study_version (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_case_study_commitment_charter FOREIGN KEY (commitment_number) REFERENCES charter_commitment (number),
    INDEX ix_case_study_commitment (commitment_number, version_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_study_version_interim_measure (
    version_id BIGINT      NOT NULL,
    measure    VARCHAR(40) NOT NULL,
    PRIMARY KEY (version_id, measure),
    CONSTRAINT fk_case_study_measure_version FOREIGN KEY (version_id) REFERENCES case_study_version (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published version is kept for ever as it was published: the database refuses to change or delete it, or its
-- questions, themes, commitments and measures, whatever the application does. (Foreign-key cascades fire no
-- triggers, so removing a whole case study is still possible for a future purge.)
CREATE TRIGGER case_study_version_published_no_update BEFORE UPDATE ON case_study_version FOR EACH ROW
BEGIN
    IF OLD.number IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_version_published_no_delete BEFORE DELETE ON case_study_version FOR EACH ROW
BEGIN
    IF OLD.number IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot be deleted';
    END IF;
END;

CREATE TRIGGER case_study_question_published_no_insert BEFORE INSERT ON case_study_version_question FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = NEW.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_question_published_no_update BEFORE UPDATE ON case_study_version_question FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = OLD.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_question_published_no_delete BEFORE DELETE ON case_study_version_question FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = OLD.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_theme_published_no_insert BEFORE INSERT ON case_study_version_theme FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = NEW.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_theme_published_no_delete BEFORE DELETE ON case_study_version_theme FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = OLD.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_commitment_published_no_insert BEFORE INSERT ON case_study_version_commitment
    FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = NEW.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_commitment_published_no_delete BEFORE DELETE ON case_study_version_commitment
    FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = OLD.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_measure_published_no_insert BEFORE INSERT ON case_study_version_interim_measure
    FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = NEW.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;

CREATE TRIGGER case_study_measure_published_no_delete BEFORE DELETE ON case_study_version_interim_measure
    FOR EACH ROW
BEGIN
    IF (SELECT number FROM case_study_version WHERE id = OLD.version_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published case study version cannot change';
    END IF;
END;
