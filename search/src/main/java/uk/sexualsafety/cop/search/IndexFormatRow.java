package uk.sexualsafety.cop.search;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.Optional;

/**
 * The format of the OpenSearch index every node shares, in one row of {@code search_index_format} (Flyway V24) per
 * index name prefix: a node that joins later reads what the node that built the index recorded, instead of finding no
 * local file and rebuilding the whole cluster's index (decision 045).
 */
final class IndexFormatRow implements IndexFormat.Record {

    private final JdbcTemplate jdbc;
    private final String indexPrefix;
    private final Clock clock;

    IndexFormatRow(JdbcTemplate jdbc, String indexPrefix, Clock clock) {
        this.jdbc = jdbc;
        this.indexPrefix = indexPrefix;
        this.clock = clock;
    }

    @Override
    public Optional<String> read() {
        return jdbc.queryForList("select format from search_index_format where index_prefix = ?", String.class,
                indexPrefix).stream().findFirst();
    }

    @Override
    public void write(String format) {
        jdbc.update("insert into search_index_format (index_prefix, format, written_at) values (?, ?, ?) "
                + "on duplicate key update format = values(format), written_at = values(written_at)",
                indexPrefix, format, clock.millis());
    }
}
