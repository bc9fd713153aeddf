-- Which version of the search mapping wrote a shared (OpenSearch) index, one row per index name prefix (decision
-- 045). The Lucene engine keeps this in a file beside its local index; a shared index has no local folder, so its
-- record lives where every node reads it. Written after a rebuild from empty, or while the index is empty.
CREATE TABLE search_index_format (
    index_prefix VARCHAR(100) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    format       VARCHAR(200) NOT NULL,
    written_at   BIGINT       NOT NULL
) ENGINE = InnoDB;
