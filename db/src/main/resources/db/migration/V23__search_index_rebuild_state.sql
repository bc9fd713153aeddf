-- The search index's rebuild, one row for the whole cluster (decision 038): whichever node runs it records its
-- progress here and beats a heartbeat; every node's page and health read it; a second rebuild anywhere is refused
-- while the row says one runs and its heartbeat is fresh. Times are epoch milliseconds.
CREATE TABLE search_index_rebuild (
    id           TINYINT  NOT NULL PRIMARY KEY,
    run_id       CHAR(36) CHARACTER SET ascii,
    running      BOOLEAN  NOT NULL DEFAULT FALSE,
    started_by   BIGINT,
    started_at   BIGINT,
    done         BIGINT   NOT NULL DEFAULT 0,
    total        BIGINT   NOT NULL DEFAULT 0,
    finished_at  BIGINT,
    failed       BOOLEAN  NOT NULL DEFAULT FALSE,
    heartbeat_at BIGINT,
    CONSTRAINT search_index_rebuild_started_by FOREIGN KEY (started_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB;

INSERT INTO search_index_rebuild (id) VALUES (1);
