-- Charter self-assessment (decision 046): the framework an organisation assesses itself against, as versioned
-- reference data, and each organisation's assessment per period with its items' levels, evidence and actions.

-- A version of the framework. A new version adds new rows; the rows of an earlier one never change, so an
-- assessment made against it reads the same for ever.
CREATE TABLE assessment_framework (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number       INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    published_on DATE         NOT NULL,
    CONSTRAINT uk_assessment_framework_number UNIQUE (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One thing an organisation assesses itself on: a Charter commitment with its assurance questions, one of the
-- Worker Protection Act's reasonable steps, or a measure of the consensus recommendations. Each maturity level
-- (1 to 4) has its own descriptor, shown beside the choice.
CREATE TABLE assessment_framework_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_id      BIGINT        NOT NULL,
    code              VARCHAR(20)   NOT NULL,
    section           VARCHAR(40)   NOT NULL,
    position          INT           NOT NULL,
    commitment_number INT           NULL,
    title             VARCHAR(200)  NOT NULL,
    questions         VARCHAR(1000) NOT NULL,
    level_1           VARCHAR(400)  NOT NULL,
    level_2           VARCHAR(400)  NOT NULL,
    level_3           VARCHAR(400)  NOT NULL,
    level_4           VARCHAR(400)  NOT NULL,
    CONSTRAINT uk_assessment_framework_item_code UNIQUE (framework_id, code),
    CONSTRAINT uk_assessment_framework_item_position UNIQUE (framework_id, position),
    CONSTRAINT fk_assessment_framework_item_framework FOREIGN KEY (framework_id)
        REFERENCES assessment_framework (id),
    CONSTRAINT fk_assessment_framework_item_commitment FOREIGN KEY (commitment_number)
        REFERENCES charter_commitment (number),
    CONSTRAINT ck_assessment_framework_item_section
        CHECK (section IN ('CHARTER', 'WORKER_PROTECTION_ACT', 'CONSENSUS_RECOMMENDATIONS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An organisation's assessment of one period (period_start 2026 is 2026-27). Draft, then submitted by one
-- assessment lead, then signed off by another; copied_from is the assessment a new period started from.
CREATE TABLE assessment (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    period_start    INT          NOT NULL,
    framework_id    BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    copied_from_id  BIGINT       NULL,
    created_by      BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_by      BIGINT       NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    submitted_by    BIGINT       NULL,
    submitted_at    TIMESTAMP(6) NULL,
    signed_off_by   BIGINT       NULL,
    signed_off_at   TIMESTAMP(6) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_assessment_period UNIQUE (organisation_id, period_start),
    CONSTRAINT fk_assessment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_assessment_framework FOREIGN KEY (framework_id) REFERENCES assessment_framework (id),
    CONSTRAINT fk_assessment_copied_from FOREIGN KEY (copied_from_id) REFERENCES assessment (id),
    CONSTRAINT fk_assessment_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_assessment_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
    CONSTRAINT fk_assessment_submitted_by FOREIGN KEY (submitted_by) REFERENCES account (id),
    CONSTRAINT fk_assessment_signed_off_by FOREIGN KEY (signed_off_by) REFERENCES account (id),
    CONSTRAINT ck_assessment_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'SIGNED_OFF')),
    CONSTRAINT ck_assessment_period CHECK (period_start BETWEEN 2020 AND 2100),
    -- The person who signs off is never the one who submitted.
    CONSTRAINT ck_assessment_second_lead CHECK (signed_off_by IS NULL OR signed_off_by <> submitted_by),
    INDEX ix_assessment_status_period (status, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The organisation's answer on one framework item.
CREATE TABLE assessment_item (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id     BIGINT      NOT NULL,
    framework_item_id BIGINT      NOT NULL,
    level             INT         NULL,
    evidence          TEXT        NULL,
    CONSTRAINT uk_assessment_item UNIQUE (assessment_id, framework_item_id),
    CONSTRAINT fk_assessment_item_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_assessment_item_framework_item FOREIGN KEY (framework_item_id)
        REFERENCES assessment_framework_item (id),
    CONSTRAINT ck_assessment_item_level CHECK (level IS NULL OR level BETWEEN 1 AND 4),
    INDEX ix_assessment_item_framework_level (framework_item_id, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence already in the portal that an item points at: a policy, a case study or a resource, by id. Withdrawn or
-- archived targets stay linked and are shown as such.
CREATE TABLE assessment_evidence_link (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_item_id BIGINT      NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    target_id          BIGINT      NOT NULL,
    CONSTRAINT uk_assessment_evidence_link UNIQUE (assessment_item_id, kind, target_id),
    CONSTRAINT fk_assessment_evidence_link_item FOREIGN KEY (assessment_item_id) REFERENCES assessment_item (id),
    CONSTRAINT ck_assessment_evidence_link_kind CHECK (kind IN ('POLICY', 'CASE_STUDY', 'RESOURCE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An action the organisation plans on an item: what, which role owns it (a role, never a person's name), when it
-- is due and where it stands.
CREATE TABLE assessment_action (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_item_id BIGINT       NOT NULL,
    position           INT          NOT NULL,
    what               VARCHAR(500) NOT NULL,
    owner_role         VARCHAR(120) NOT NULL,
    due_on             DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    CONSTRAINT uk_assessment_action_position UNIQUE (assessment_item_id, position),
    CONSTRAINT fk_assessment_action_item FOREIGN KEY (assessment_item_id) REFERENCES assessment_item (id),
    CONSTRAINT ck_assessment_action_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    INDEX ix_assessment_action_due (status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A framework's items never change once written: a new version of the framework is new rows.
CREATE TRIGGER assessment_framework_item_no_update BEFORE UPDATE ON assessment_framework_item FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A framework item cannot change: publish a new framework version';
END;

CREATE TRIGGER assessment_framework_item_no_delete BEFORE DELETE ON assessment_framework_item FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A framework item cannot be deleted: publish a new framework version';
END;

-- A signed-off assessment never changes, whoever writes to the database (as for published case study versions).
CREATE TRIGGER assessment_signed_off_no_update BEFORE UPDATE ON assessment FOR EACH ROW
BEGIN
    IF OLD.status = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_signed_off_no_delete BEFORE DELETE ON assessment FOR EACH ROW
BEGIN
    IF OLD.status = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot be deleted';
    END IF;
END;

CREATE TRIGGER assessment_item_signed_off_no_insert BEFORE INSERT ON assessment_item FOR EACH ROW
BEGIN
    IF (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_item_signed_off_no_update BEFORE UPDATE ON assessment_item FOR EACH ROW
BEGIN
    IF (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_item_signed_off_no_delete BEFORE DELETE ON assessment_item FOR EACH ROW
BEGIN
    IF (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_link_signed_off_no_insert BEFORE INSERT ON assessment_evidence_link FOR EACH ROW
BEGIN
    IF (SELECT a.status FROM assessment a JOIN assessment_item i ON i.assessment_id = a.id
        WHERE i.id = NEW.assessment_item_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_link_signed_off_no_update BEFORE UPDATE ON assessment_evidence_link FOR EACH ROW
BEGIN
    IF (SELECT a.status FROM assessment a JOIN assessment_item i ON i.assessment_id = a.id
        WHERE i.id = OLD.assessment_item_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_link_signed_off_no_delete BEFORE DELETE ON assessment_evidence_link FOR EACH ROW
BEGIN
    IF (SELECT a.status FROM assessment a JOIN assessment_item i ON i.assessment_id = a.id
        WHERE i.id = OLD.assessment_item_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_action_signed_off_no_insert BEFORE INSERT ON assessment_action FOR EACH ROW
BEGIN
    IF (SELECT a.status FROM assessment a JOIN assessment_item i ON i.assessment_id = a.id
        WHERE i.id = NEW.assessment_item_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_action_signed_off_no_update BEFORE UPDATE ON assessment_action FOR EACH ROW
BEGIN
    IF (SELECT a.status FROM assessment a JOIN assessment_item i ON i.assessment_id = a.id
        WHERE i.id = OLD.assessment_item_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

CREATE TRIGGER assessment_action_signed_off_no_delete BEFORE DELETE ON assessment_action FOR EACH ROW
BEGIN
    IF (SELECT a.status FROM assessment a JOIN assessment_item i ON i.assessment_id = a.id
        WHERE i.id = OLD.assessment_item_id) = 'SIGNED_OFF' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed-off assessment cannot change';
    END IF;
END;

-- Framework version 1. Items are written for this portal in plain English: the Charter's ten commitments with
-- assurance questions, the Worker Protection Act 2023's reasonable steps, and measures from the consensus
-- recommendations. Level 1 is "not in place", 2 "developing", 3 "in place", 4 "embedded and reviewed".
INSERT INTO assessment_framework (id, number, title, published_on)
VALUES (1, 1, 'Sexual safety self-assessment, first edition', '2026-04-01');

INSERT INTO assessment_framework_item
    (framework_id, code, section, position, commitment_number, title, questions, level_1, level_2, level_3, level_4)
VALUES
    (1, 'C1', 'CHARTER', 1, 1,
        'Eradicate harassment and abuse',
        'Has the board agreed a plan to eliminate sexual harassment and abuse, with a named executive lead? How does the board know whether the plan is working?',
        'There is no agreed plan and no executive lead.',
        'An executive lead is named and a plan is being drafted.',
        'The board has agreed a plan with measures and receives progress reports.',
        'The plan is reviewed each year against staff experience data and changed where it is not working.'),
    (1, 'C2', 'CHARTER', 2, 2, 'Openness and transparency',
        'Do leaders talk openly about sexual safety? Do staff see what happens after concerns are raised, in general terms?',
        'Sexual safety is rarely discussed by leaders.',
        'Leaders have spoken about sexual safety, but not regularly.',
        'Leaders discuss sexual safety regularly and share themes and outcomes in general terms.',
        'Staff surveys show that people trust the organisation to act, and leaders report back on what changed.'),
    (1, 'C3', 'CHARTER', 3, 3, 'Intersectional approach',
        'Are data and actions looked at by sex, ethnicity, disability, sexual orientation, age and role? Are staff networks involved?',
        'Data are not broken down and staff networks are not involved.',
        'Some data are broken down; networks are consulted occasionally.',
        'Data are routinely broken down and networks help shape actions.',
        'Actions are targeted where the data show the greatest harm, and their effect is checked for each group.'),
    (1, 'C4', 'CHARTER', 4, 4, 'Support for those affected',
        'What support is offered to people who experience or witness sexual harassment, and to those who report it? Is it trauma-informed and available at any hour?',
        'Support depends on the individual manager.',
        'Support routes exist but are not well known or not available out of hours.',
        'Trauma-informed support is offered to everyone involved, at any hour, and is publicised.',
        'Support is reviewed with people who have used it, and their feedback has changed how it is offered.'),
    (1, 'C5', 'CHARTER', 5, 5, 'Standards of behaviour',
        'Are expected standards of behaviour, including what witnesses should do, written down and communicated to all staff, students and volunteers?',
        'There is no written standard that covers sexual behaviour.',
        'A standard exists but is not well communicated.',
        'Standards, including the action expected of witnesses, are communicated at induction and regularly after.',
        'Staff can describe the standards and what a bystander should do, and this is checked.'),
    (1, 'C6', 'CHARTER', 6, 6, 'Clear policies and timely action',
        'Is there a current sexual misconduct policy based on the national framework? Does it set timescales for action against alleged perpetrators and for interim measures?',
        'There is no specific policy.',
        'A policy is being written or is out of date.',
        'A current policy sets out timescales, interim measures and independent decision-making.',
        'The policy is reviewed on time using case learning, and timescales are met and monitored.'),
    (1, 'C7', 'CHARTER', 7, 7, 'Clear training',
        'Do all staff receive training on sexual safety? Do managers and investigators receive specialist training?',
        'There is no sexual safety training.',
        'Training is available but optional or reaches few staff.',
        'All staff are trained, and managers and investigators receive specialist training.',
        'Training is evaluated, refreshed and informed by people with lived experience.'),
    (1, 'C8', 'CHARTER', 8, 8, 'Reporting mechanisms',
        'Can staff report in more than one way, including a route that bypasses line management and an anonymous route?',
        'The only route is through the line manager.',
        'Other routes exist but are not well known.',
        'Several routes, including a bypass and an anonymous route, are publicised and used.',
        'Use of each route is monitored and barriers to reporting are found and removed.'),
    (1, 'C9', 'CHARTER', 9, 9, 'Taking reports seriously',
        'Is every report acknowledged, risk-assessed and acted on within set timescales? Are people kept informed?',
        'Reports are handled case by case without set steps.',
        'Steps are set but not followed consistently.',
        'Every report is acknowledged, risk-assessed and acted on within timescales, and people are kept informed.',
        'Timeliness and the experience of people who reported are audited and improved.'),
    (1, 'C10', 'CHARTER', 10, 10, 'Data on prevalence and experience',
        'Does the organisation collect data on prevalence and staff experience and share it transparently with the board and staff?',
        'No data are collected.',
        'Some data are collected but not shared.',
        'Data are collected, reported to the board and shared with staff.',
        'Data are compared over time and with peers, and drive the plan.'),
    (1, 'WPA1', 'WORKER_PROTECTION_ACT', 11, NULL, 'Risk assessment, including third parties',
        'Has the organisation assessed the risk of sexual harassment of its staff, including by patients and the public, in each setting where staff work?',
        'No risk assessment has been done.',
        'A general risk assessment exists but does not cover third parties or settings.',
        'Risks are assessed per setting, including third parties, with controls in place.',
        'Risk assessments are reviewed after incidents and at least yearly, and controls are tested.'),
    (1, 'WPA2', 'WORKER_PROTECTION_ACT', 12, NULL, 'Policy',
        'Does a policy set out how the organisation prevents sexual harassment, not only how it responds to complaints?',
        'Policies cover complaints only.',
        'Prevention is mentioned but not set out.',
        'The policy sets out preventive steps and who is responsible for them.',
        'Preventive steps are checked for effect and the policy is updated.'),
    (1, 'WPA3', 'WORKER_PROTECTION_ACT', 13, NULL, 'Training',
        'Do staff and managers know what sexual harassment is, how to prevent it and how to respond, including to third parties?',
        'No relevant training.',
        'Training reaches some staff.',
        'All staff and managers are trained, including on third-party harassment.',
        'Training completion and understanding are measured and gaps closed.'),
    (1, 'WPA4', 'WORKER_PROTECTION_ACT', 14, NULL, 'Reporting routes',
        'Can staff report harassment by colleagues and by third parties easily and safely?',
        'Routes are unclear.',
        'Routes exist for colleague harassment only.',
        'Clear routes cover colleagues and third parties.',
        'Routes are tested with staff and improved.'),
    (1, 'WPA5', 'WORKER_PROTECTION_ACT', 15, NULL, 'Monitoring',
        'Does the organisation monitor reports, outcomes and staff survey results to check that its steps are working?',
        'Nothing is monitored.',
        'Some reports are counted.',
        'Reports, outcomes and survey results are monitored and reviewed by leaders.',
        'Monitoring leads to changes, and their effect is checked.'),
    (1, 'CR1', 'CONSENSUS_RECOMMENDATIONS', 16, NULL, 'Independent investigation',
        'Are investigations carried out by people independent of the service and of line management, with the right expertise?',
        'Investigations are done by line managers.',
        'Independent investigators are used occasionally.',
        'Investigators are independent and trained in sexual misconduct investigation.',
        'Independence and quality of investigations are reviewed, including by sharing investigators across organisations.'),
    (1, 'CR2', 'CONSENSUS_RECOMMENDATIONS', 17, NULL, 'Independent decision panels',
        'Are decisions on formal action made by a panel independent of the referring service?',
        'Decisions are made by the referring manager.',
        'Panels are used for some cases.',
        'An independent panel decides on formal action in every case.',
        'Panel decisions are reviewed for consistency and bias.'),
    (1, 'CR3', 'CONSENSUS_RECOMMENDATIONS', 18, NULL, 'Countering bias',
        'Are the people who handle cases helped to recognise and counter bias, such as favouring a well-liked colleague?',
        'Bias is not considered.',
        'Some staff have had awareness sessions.',
        'Everyone who handles cases is trained to recognise bias and decisions are checked.',
        'Patterns in decisions are audited for bias and findings acted on.'),
    (1, 'CR4', 'CONSENSUS_RECOMMENDATIONS', 19, NULL, 'Learning with lived experience',
        'Are people with lived experience involved in evaluating measures and interventions? Is a self-audit used?',
        'Lived experience is not sought.',
        'Lived experience is sought informally.',
        'People with lived experience help evaluate measures, and a self-audit is done each year.',
        'Evaluation with lived experience has changed measures, and the changes are reported.'),
    (1, 'CR5', 'CONSENSUS_RECOMMENDATIONS', 20, NULL, 'Learning across organisations',
        'Does the organisation share case learning and policies with peers and learn from theirs?',
        'Nothing is shared.',
        'Learning is shared occasionally.',
        'Case studies and policies are shared through the community of practice.',
        'Learning from peers has changed local practice, and this is recorded.');
