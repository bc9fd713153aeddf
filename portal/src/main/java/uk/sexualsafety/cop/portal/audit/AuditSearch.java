package uk.sexualsafety.cop.portal.audit;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.charts.Csv;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The administrators' search of the audit trail: filtered, newest first, a page at a time with the total, and the
 * filtered rows as CSV, streamed from the database to the download without holding them. Each export is itself
 * audited. Plain SQL projections: the page never loads entities.
 */
@Service
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class AuditSearch {

    /** Accounts an actor filter may stand for; a filter matching more is too broad to mean one person. */
    static final int MAX_MATCHED_ACTORS = 500;
    static final ZoneId BRITAIN = ZoneId.of("Europe/London");
    static final List<String> CSV_HEADER = List.of("Time (UK)", "Action", "Actor id", "Actor name", "Actor email",
            "Target type", "Target id", "Detail");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.UK)
            .withZone(BRITAIN);
    private static final String SELECT = """
            select e.id, e.occurred_at, e.actor_id, a.display_name, a.email, e.action, e.target_type, e.target_id,
                   e.detail
            from audit_event e left join account a on a.id = e.actor_id""";
    private static final String NEWEST_FIRST = " order by e.occurred_at desc, e.id desc";
    private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), (Long) rs.getObject("actor_id", Long.class),
            rs.getString("display_name"), rs.getString("email"), rs.getString("action"),
            rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"));

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    AuditSearch(JdbcTemplate jdbc, DataSource dataSource, AuditTrail audit, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        // MariaDB's driver streams a result set in batches when a fetch size is set, instead of reading it whole.
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.audit = audit;
        this.transaction = transaction;
    }

    /** How many rows match. */
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Where where = where(filter);
        if (where.matchesNothing()) {
            return 0;
        }
        return jdbc.queryForObject("select count(*) from audit_event e" + where.sql(), Long.class,
                where.args().toArray());
    }

    /** One page of matching rows, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        if (where.matchesNothing() || limit <= 0) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(where.args());
        args.add(limit);
        args.add(Math.max(0, offset));
        return jdbc.query(SELECT + where.sql() + NEWEST_FIRST + " limit ? offset ?", ENTRY, args.toArray());
    }

    /** The actions recorded so far, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_event order by action", String.class);
    }

    /** The kinds of target recorded so far, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> targetTypes() {
        return jdbc.queryForList("select distinct target_type from audit_event order by target_type", String.class);
    }

    /**
     * Writes the matching rows to {@code out} as CSV (UTF-8 with a byte order mark, cells defused against formula
     * injection), newest first, one row at a time as the database sends them. The export is audited first, in its
     * own transaction, so that it is on record even if the download is broken off. Returns how many rows were
     * written.
     */
    public long export(AuditFilter filter, OutputStream out) {
        Where where = where(filter);
        transaction.executeWithoutResult(status -> audit.record("AUDIT_TRAIL_EXPORTED", "audit_event", null,
                describe(filter, where)));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long[] written = {0};
        try {
            writer.write('\uFEFF');
            writer.write(Csv.line(CSV_HEADER));
            if (!where.matchesNothing()) {
                streaming.query(SELECT + where.sql() + NEWEST_FIRST, rs -> {
                    AuditEntry entry = ENTRY.mapRow(rs, 0);
                    try {
                        writer.write(Csv.line(csvRow(entry)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    written[0]++;
                }, where.args().toArray());
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written[0];
    }

    static List<String> csvRow(AuditEntry entry) {
        return List.of(CSV_TIME.format(entry.occurredAt()), entry.action(),
                entry.actorId() == null ? "" : entry.actorId().toString(), nullToEmpty(entry.actorName()),
                nullToEmpty(entry.actorEmail()), entry.targetType(), nullToEmpty(entry.targetId()),
                nullToEmpty(entry.detail()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The filter as the export's audit row keeps it: the actor as the ids it matched, never the words typed. */
    private static String describe(AuditFilter filter, Where where) {
        List<String> parts = new ArrayList<>();
        if (filter.action() != null) {
            parts.add("action " + filter.action());
        }
        if (filter.actor() != null) {
            parts.add("actors " + (where.actorIds().isEmpty() ? "none" : where.actorIds().size() > 10
                    ? where.actorIds().size() + " accounts" : where.actorIds().toString()));
        }
        if (filter.targetType() != null) {
            parts.add("target type " + filter.targetType());
        }
        if (filter.targetId() != null) {
            parts.add("target id " + filter.targetId());
        }
        if (filter.from() != null) {
            parts.add("from " + filter.from());
        }
        if (filter.to() != null) {
            parts.add("to " + filter.to());
        }
        String text = parts.isEmpty() ? "all rows" : String.join(", ", parts);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private record Where(String sql, List<Object> args, List<Long> actorIds, boolean matchesNothing) {
    }

    private Where where(AuditFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        List<Long> actorIds = List.of();
        if (filter.action() != null) {
            sql.append(" and e.action = ?");
            args.add(filter.action());
        }
        if (filter.actor() != null) {
            actorIds = actorIds(filter.actor());
            if (actorIds.isEmpty()) {
                return new Where("", List.of(), actorIds, true);
            }
            sql.append(" and e.actor_id in (").append(String.join(", ", Collections.nCopies(actorIds.size(), "?")))
                    .append(')');
            args.addAll(actorIds);
        }
        if (filter.targetType() != null) {
            sql.append(" and e.target_type = ?");
            args.add(filter.targetType());
        }
        if (filter.targetId() != null) {
            sql.append(" and e.target_id = ?");
            args.add(filter.targetId());
        }
        if (filter.from() != null) {
            sql.append(" and e.occurred_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(BRITAIN).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and e.occurred_at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(BRITAIN).toInstant()));
        }
        String clause = sql.isEmpty() ? "" : " where" + sql.substring(4);
        return new Where(clause, args, actorIds, false);
    }

    /** Accounts whose name or address contains the text, or whose id it is. */
    private List<Long> actorIds(String text) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String digits = text.startsWith("#") ? text.substring(1) : text;
        long id = digits.matches("[0-9]{1,18}") ? Long.parseLong(digits) : -1;
        return jdbc.queryForList("select id from account where id = ? or lower(display_name) like ? "
                + "or lower(email) like ? order by id limit " + MAX_MATCHED_ACTORS, Long.class, id, pattern, pattern);
    }
}
