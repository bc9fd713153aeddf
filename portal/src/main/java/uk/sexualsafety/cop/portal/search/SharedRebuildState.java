package uk.sexualsafety.cop.portal.search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The rebuild of the search index as the whole cluster sees it: one row of {@code search_index_rebuild} (Flyway
 * V23). A node claims the row with one conditional update, which succeeds only when no rebuild runs, so two nodes
 * can never both start one; while its rebuild runs it writes progress and a heartbeat; a rebuild whose heartbeat
 * has stopped for {@link #STALE_AFTER} (its node died) counts as failed and no longer blocks the next.
 */
@Component
class SharedRebuildState {

    /** How often the running node writes its progress and heartbeat. */
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    /** How long without a heartbeat before a rebuild counts as abandoned. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;

    SharedRebuildState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the rebuild for a new run; its id, or empty when another rebuild runs. */
    Optional<String> claim(Long startedBy, Instant now) {
        String run = UUID.randomUUID().toString();
        int claimed = jdbc.update("update search_index_rebuild set run_id = ?, running = true, started_by = ?, "
                + "started_at = ?, done = 0, total = 0, finished_at = null, failed = false, heartbeat_at = ? "
                + "where id = 1 and (running = false or heartbeat_at < ?)", run, startedBy, now.toEpochMilli(),
                now.toEpochMilli(), now.minus(STALE_AFTER).toEpochMilli());
        return claimed == 1 ? Optional.of(run) : Optional.empty();
    }

    /** The run's progress so far, and that its node is alive. */
    void beat(String run, long done, long total, Instant now) {
        jdbc.update("update search_index_rebuild set done = ?, total = ?, heartbeat_at = ? "
                + "where id = 1 and run_id = ? and running = true", done, total, now.toEpochMilli(), run);
    }

    /** The run ended, with its last counts. */
    void end(String run, long done, long total, boolean failed, Instant now) {
        jdbc.update("update search_index_rebuild set running = false, done = ?, total = ?, failed = ?, "
                + "finished_at = ?, heartbeat_at = ? where id = 1 and run_id = ?", done, total, failed,
                now.toEpochMilli(), now.toEpochMilli(), run);
    }

    /** The latest rebuild anywhere in the cluster, if there has been one; abandoned ones as failed. */
    Optional<IndexRebuildStatus> latest(Instant now) {
        return jdbc.query("select r.running, a.display_name, r.started_at, r.done, r.total, r.finished_at, "
                + "r.failed, r.heartbeat_at from search_index_rebuild r left join account a on a.id = r.started_by "
                + "where r.id = 1 and r.started_at is not null", (row, number) -> {
                    Instant startedAt = Instant.ofEpochMilli(row.getLong("started_at"));
                    Optional<String> startedBy = Optional.ofNullable(row.getString("display_name"));
                    long done = row.getLong("done");
                    long total = row.getLong("total");
                    Instant heartbeat = Instant.ofEpochMilli(row.getLong("heartbeat_at"));
                    if (row.getBoolean("running")) {
                        return heartbeat.isBefore(now.minus(STALE_AFTER))
                                ? new IndexRebuildStatus(startedBy, startedAt, done, total, Optional.of(heartbeat),
                                true)
                                : new IndexRebuildStatus(startedBy, startedAt, done, total, Optional.empty(), false);
                    }
                    return new IndexRebuildStatus(startedBy, startedAt, done, total,
                            Optional.of(Instant.ofEpochMilli(row.getLong("finished_at"))), row.getBoolean("failed"));
                }).stream().findFirst();
    }
}
