-- The shared pool of independent investigators: investigators' profiles, trusts' requests for an investigation,
-- offers of a request to one investigator at a time, and the assignments that follow an accepted offer.
-- No request holds the names of the people involved: its summary is anonymised before it is stored.

CREATE TABLE investigator (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    -- Contact details: shown only to coordinators and to the requesters of cases the investigator accepted.
    contact_email  VARCHAR(254) NOT NULL,
    contact_phone  VARCHAR(40),
    status         VARCHAR(20)  NOT NULL,
    on_site        BOOLEAN      NOT NULL DEFAULT FALSE,
    remote         BOOLEAN      NOT NULL DEFAULT FALSE,
    cases_at_once  INT          NOT NULL DEFAULT 0,
    days_per_month INT          NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_investigator_account UNIQUE (account_id),
    CONSTRAINT fk_investigator_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_investigator_capacity CHECK (cases_at_once >= 0 AND days_per_month >= 0),
    INDEX ix_investigator_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of an investigator's place in the pool, with the coordinator's reason; the first row is joining.
CREATE TABLE investigator_status_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    investigator_id BIGINT       NOT NULL,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)  NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    changed_by      BIGINT,
    changed_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_investigator_status_change_investigator FOREIGN KEY (investigator_id)
        REFERENCES investigator (id) ON DELETE CASCADE,
    CONSTRAINT fk_investigator_status_change_by FOREIGN KEY (changed_by) REFERENCES account (id),
    INDEX ix_investigator_status_change (investigator_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigator_specialism (
    investigator_id BIGINT      NOT NULL,
    specialism      VARCHAR(40) NOT NULL,
    PRIMARY KEY (investigator_id, specialism),
    CONSTRAINT fk_investigator_specialism FOREIGN KEY (investigator_id) REFERENCES investigator (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigator_accreditation (
    investigator_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(200) NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_until     DATE,
    PRIMARY KEY (investigator_id, position),
    CONSTRAINT fk_investigator_accreditation FOREIGN KEY (investigator_id) REFERENCES investigator (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_investigator_accreditation_dates CHECK (valid_until IS NULL OR valid_until >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Coverage: NHS England regions, single ICBs, and the other nations (England is covered by region or ICB).
CREATE TABLE investigator_region (
    investigator_id BIGINT      NOT NULL,
    region          VARCHAR(40) NOT NULL,
    PRIMARY KEY (investigator_id, region),
    CONSTRAINT fk_investigator_region FOREIGN KEY (investigator_id) REFERENCES investigator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigator_icb (
    investigator_id BIGINT NOT NULL,
    icb_id          BIGINT NOT NULL,
    PRIMARY KEY (investigator_id, icb_id),
    CONSTRAINT fk_investigator_icb_investigator FOREIGN KEY (investigator_id) REFERENCES investigator (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_investigator_icb_icb FOREIGN KEY (icb_id) REFERENCES icb (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigator_nation (
    investigator_id BIGINT      NOT NULL,
    nation          VARCHAR(20) NOT NULL,
    PRIMARY KEY (investigator_id, nation),
    CONSTRAINT fk_investigator_nation FOREIGN KEY (investigator_id) REFERENCES investigator (id) ON DELETE CASCADE,
    CONSTRAINT ck_investigator_nation CHECK (nation <> 'ENGLAND')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigator_unavailability (
    investigator_id BIGINT NOT NULL,
    position        INT    NOT NULL,
    from_date       DATE   NOT NULL,
    to_date         DATE   NOT NULL,
    PRIMARY KEY (investigator_id, position),
    CONSTRAINT fk_investigator_unavailability FOREIGN KEY (investigator_id) REFERENCES investigator (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_investigator_unavailability_dates CHECK (to_date >= from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Employment and contracts: an investigator never investigates for an organisation they worked for recently.
CREATE TABLE investigator_employment (
    investigator_id BIGINT NOT NULL,
    position        INT    NOT NULL,
    organisation_id BIGINT NOT NULL,
    from_date       DATE   NOT NULL,
    to_date         DATE,
    PRIMARY KEY (investigator_id, position),
    CONSTRAINT fk_investigator_employment_investigator FOREIGN KEY (investigator_id) REFERENCES investigator (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_investigator_employment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_investigator_employment_dates CHECK (to_date IS NULL OR to_date >= from_date),
    INDEX ix_investigator_employment_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Any other conflict the investigator declares with an organisation (a close relationship with someone there).
CREATE TABLE investigator_conflict (
    investigator_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    organisation_id BIGINT       NOT NULL,
    description     VARCHAR(500) NOT NULL,
    PRIMARY KEY (investigator_id, position),
    CONSTRAINT fk_investigator_conflict_investigator FOREIGN KEY (investigator_id) REFERENCES investigator (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_investigator_conflict_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_investigator_conflict_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigation_request (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id        BIGINT       NOT NULL,
    requested_by           BIGINT       NOT NULL,
    category               VARCHAR(40)  NOT NULL,
    complexity             VARCHAR(20)  NOT NULL,
    senior_leader_involved BOOLEAN      NOT NULL,
    wanted_start           DATE         NOT NULL,
    estimated_days         INT          NOT NULL,
    delivery_mode          VARCHAR(20)  NOT NULL,
    exclude_same_icb       BOOLEAN      NOT NULL,
    summary                TEXT         NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    created_at             TIMESTAMP(6) NOT NULL,
    allocated_at           TIMESTAMP(6),
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_investigation_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_investigation_request_requested_by FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT ck_investigation_request_days CHECK (estimated_days > 0),
    INDEX ix_investigation_request_organisation (organisation_id, created_at),
    INDEX ix_investigation_request_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigation_request_specialism (
    request_id BIGINT      NOT NULL,
    specialism VARCHAR(40) NOT NULL,
    PRIMARY KEY (request_id, specialism),
    CONSTRAINT fk_investigation_request_specialism FOREIGN KEY (request_id) REFERENCES investigation_request (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE investigation_offer (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id         BIGINT       NOT NULL,
    investigator_id    BIGINT       NOT NULL,
    offered_by         BIGINT       NOT NULL,
    offered_at         TIMESTAMP(6) NOT NULL,
    expires_at         TIMESTAMP(6) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    decline_reason     VARCHAR(500),
    answered_at        TIMESTAMP(6),
    version            BIGINT       NOT NULL DEFAULT 0,
    -- One offer at a time per request, enforced by the database so that two coordinators offering at once cannot
    -- both succeed.
    pending_request_id BIGINT AS (CASE WHEN status = 'PENDING' THEN request_id END) PERSISTENT,
    CONSTRAINT uq_investigation_offer_pending UNIQUE (pending_request_id),
    CONSTRAINT fk_investigation_offer_request FOREIGN KEY (request_id) REFERENCES investigation_request (id),
    CONSTRAINT fk_investigation_offer_investigator FOREIGN KEY (investigator_id) REFERENCES investigator (id),
    CONSTRAINT fk_investigation_offer_offered_by FOREIGN KEY (offered_by) REFERENCES account (id),
    INDEX ix_investigation_offer_request (request_id, offered_at),
    INDEX ix_investigation_offer_investigator (investigator_id, status),
    INDEX ix_investigation_offer_expiry (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An accepted offer. Milestones are set in order; a withdrawal frees the request for another investigator.
CREATE TABLE investigation_assignment (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id              BIGINT       NOT NULL,
    investigator_id         BIGINT       NOT NULL,
    offer_id                BIGINT       NOT NULL,
    accepted_at             TIMESTAMP(6) NOT NULL,
    declaration_signed_at   TIMESTAMP(6),
    declaration             TEXT,
    terms_agreed_at         TIMESTAMP(6),
    interviews_done_at      TIMESTAMP(6),
    report_delivered_at     TIMESTAMP(6),
    closed_at               TIMESTAMP(6),
    withdrawn_at            TIMESTAMP(6),
    withdrawal_reason       VARCHAR(500),
    version                 BIGINT       NOT NULL DEFAULT 0,
    -- One assignment per request unless withdrawn.
    active_request_id       BIGINT AS (CASE WHEN withdrawn_at IS NULL THEN request_id END) PERSISTENT,
    CONSTRAINT uq_investigation_assignment_active UNIQUE (active_request_id),
    CONSTRAINT uq_investigation_assignment_offer UNIQUE (offer_id),
    CONSTRAINT fk_investigation_assignment_request FOREIGN KEY (request_id) REFERENCES investigation_request (id),
    CONSTRAINT fk_investigation_assignment_investigator FOREIGN KEY (investigator_id)
        REFERENCES investigator (id),
    CONSTRAINT fk_investigation_assignment_offer FOREIGN KEY (offer_id) REFERENCES investigation_offer (id),
    CONSTRAINT ck_investigation_assignment_order CHECK (
        (terms_agreed_at IS NULL OR declaration_signed_at IS NOT NULL)
        AND (interviews_done_at IS NULL OR terms_agreed_at IS NOT NULL)
        AND (report_delivered_at IS NULL OR interviews_done_at IS NOT NULL)
        AND (closed_at IS NULL OR report_delivered_at IS NOT NULL)),
    INDEX ix_investigation_assignment_investigator (investigator_id, accepted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
