-- Tables of Hibernate Search's outbox-polling coordination (hibernate.search.coordination.strategy=outbox-polling),
-- the scale-out path in which several portal nodes index into a shared search cluster: every change to an indexed
-- entity adds an event row in the same transaction, and background agents on each node index from it. The default
-- set-up (one node, local Lucene index, no coordination) leaves these tables empty.
--
-- As Hibernate Search's documentation advises, this is the DDL that Hibernate ORM 7.2 generates for MariaDB with
-- hibernate-search-mapper-orm-outbox-polling 8.2.2.Final, under Spring Boot's naming strategy (hence lower-case
-- snake_case names); the search module pins the UUID column type and validates this schema in OutboxPollingSchemaIT.

CREATE TABLE hsearch_agent (
    assigned_shard_index INTEGER,
    total_shard_count    INTEGER,
    expiration           DATETIME(6)  NOT NULL,
    id                   UUID         NOT NULL,
    name                 VARCHAR(255) NOT NULL,
    tenant_id            VARCHAR(255),
    payload              LONGBLOB,
    state                ENUM ('RUNNING', 'SUSPENDED', 'WAITING') NOT NULL,
    type                 ENUM ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING',
                               'MASS_INDEXING') NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hsearch_outbox_event (
    entity_id_hash INTEGER      NOT NULL,
    retries        INTEGER      NOT NULL,
    process_after  DATETIME(6)  NOT NULL,
    id             UUID         NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_name    VARCHAR(256) NOT NULL,
    tenant_id      VARCHAR(255),
    payload        LONGBLOB     NOT NULL,
    status         ENUM ('ABORTED', 'PENDING') NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The agents look for due events by this column.
CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);
