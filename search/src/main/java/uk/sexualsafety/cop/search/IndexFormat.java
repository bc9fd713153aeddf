package uk.sexualsafety.cop.search;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.search.engine.SearchEngine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Remembers, with the index, which version of the mapping wrote it. An index written by an earlier portal may hold
 * what this one never indexes (before decision 026, stories awaiting moderation and withdrawn ones), and nothing
 * filters it out any more: such an index must be rebuilt before it is trusted, not merely kept until an
 * administrator thinks of it. The record lives where the index it describes lives (decision 045): a file beside a
 * node's Lucene index, a database row for the OpenSearch index every node shares.
 */
@Component
public class IndexFormat {

    /** Raise whenever a change means documents written before it must not stay in the index. */
    static final String CURRENT = "2: published content only (decision 026)";

    /** Where the record of one index is kept. */
    interface Record {

        /** The format last recorded, if any; empty also when the record cannot be read, which proves nothing. */
        Optional<String> read();

        void write(String format);
    }

    private final Record record;

    @Autowired
    IndexFormat(SearchProperties properties, JdbcTemplate jdbc) {
        this(switch (SearchEngine.of(properties.engine())) {
            case LUCENE -> new IndexFormatFile(Path.of(properties.indexDirectory()));
            case OPENSEARCH -> new IndexFormatRow(jdbc, properties.opensearch().indexPrefix(), Clock.systemUTC());
        });
    }

    /** The record of a Lucene index in {@code indexDirectory}. */
    public IndexFormat(Path indexDirectory) {
        this(new IndexFormatFile(indexDirectory));
    }

    IndexFormat(Record record) {
        this.record = record;
    }

    /** Whether the index was last written from empty by this version of the mapping. */
    public boolean isCurrent() {
        return record.read().filter(CURRENT::equals).isPresent();
    }

    /** Records that everything in the index was written by this version: after a rebuild, or while it is empty. */
    public void markCurrent() {
        record.write(CURRENT);
    }
}
