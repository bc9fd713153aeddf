package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.investigator.PoolReport.AllocationTimes;
import uk.sexualsafety.cop.portal.investigator.PoolReport.AreaCapacity;
import uk.sexualsafety.cop.portal.investigator.PoolReport.AreaCount;
import uk.sexualsafety.cop.portal.investigator.PoolReport.CategoryCount;
import uk.sexualsafety.cop.portal.investigator.PoolReport.OrganisationBalance;

import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Aggregates the pool for the coordinators' reports: a handful of grouped queries, no entity loading. */
@Service
@RolesAllowed(Role.Names.POOL_COORDINATOR)
public class PoolReports {

    /** Days from request to allocation that the community aims for. */
    public static final int TARGET_DAYS = 14;

    private static final String ALLOCATED = "('ALLOCATED', 'IN_PROGRESS', 'CLOSED')";
    private static final String WAITING = "('OPEN', 'OFFERED')";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PoolReports(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reports; each view of them is audited. */
    @Transactional
    public PoolReport report() {
        audit.record("POOL_REPORTS_VIEWED", PoolAudit.REPORTS, null, null);
        return new PoolReport(byArea(), byCategory(), capacity(), balance(), allocationTimes());
    }

    /** A report's CSV was downloaded: which one, never its figures. */
    @Transactional
    public void exported(String report) {
        audit.record("POOL_REPORT_EXPORTED", PoolAudit.REPORTS, null, report);
    }

    private List<AreaCount> byArea() {
        return jdbc.query("""
                select coalesce(i.name, o.nation) as area,
                       sum(r.status in %s) as waiting, sum(r.status in %s) as allocated
                from investigation_request r
                join organisation o on o.id = r.organisation_id
                left join icb i on i.id = o.icb_id
                group by area order by area""".formatted(WAITING, ALLOCATED),
                (rs, row) -> new AreaCount(areaLabel(rs.getString("area")), rs.getLong("waiting"),
                        rs.getLong("allocated")));
    }

    private List<CategoryCount> byCategory() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select category, count(*) as requests from investigation_request group by category",
                rs -> {
                    counts.put(rs.getString("category"), rs.getLong("requests"));
                });
        var rows = new ArrayList<CategoryCount>();
        for (RequestCategory category : RequestCategory.values()) {
            rows.add(new CategoryCount(category.label(), counts.getOrDefault(category.name(), 0L)));
        }
        return rows;
    }

    /** An investigator covers an ICB on site when they name it or its whole region. */
    private List<AreaCapacity> capacity() {
        record Person(long casePlaces, long days, Set<Long> icbs, Set<String> regions) {
        }
        Map<Long, Person> people = new HashMap<>();
        jdbc.query("select id, cases_at_once, days_per_month from investigator where status = 'ACTIVE' and on_site",
                rs -> {
                    people.put(rs.getLong("id"), new Person(rs.getLong("cases_at_once"),
                            rs.getLong("days_per_month"), new HashSet<>(), new HashSet<>()));
                });
        jdbc.query("select investigator_id, icb_id from investigator_icb", rs -> {
            Person person = people.get(rs.getLong("investigator_id"));
            if (person != null) {
                person.icbs().add(rs.getLong("icb_id"));
            }
        });
        jdbc.query("select investigator_id, region from investigator_region", rs -> {
            Person person = people.get(rs.getLong("investigator_id"));
            if (person != null) {
                person.regions().add(rs.getString("region"));
            }
        });
        return jdbc.query("select id, name, region from icb order by name", (rs, row) -> {
            long icb = rs.getLong("id");
            String region = rs.getString("region");
            long places = 0;
            long days = 0;
            for (Person person : people.values()) {
                if (person.icbs().contains(icb) || person.regions().contains(region)) {
                    places += person.casePlaces();
                    days += person.days();
                }
            }
            return new AreaCapacity(rs.getString("name"), places, days);
        });
    }

    /**
     * Given: assignments (not withdrawn) taken by investigators whose employment with the organisation lasts today;
     * received: the organisation's own requests that were allocated.
     */
    private List<OrganisationBalance> balance() {
        Date today = Date.valueOf(PoolDates.today(clock));
        Map<String, long[]> byOrganisation = new HashMap<>();
        jdbc.query("""
                select o.name, count(*) as cases, coalesce(sum(r.estimated_days), 0) as days
                from investigation_assignment a
                join investigation_request r on r.id = a.request_id
                join investigator_employment e on e.investigator_id = a.investigator_id
                    and (e.to_date is null or e.to_date >= ?)
                join organisation o on o.id = e.organisation_id
                where a.withdrawn_at is null
                group by o.name""", rs -> {
            long[] row = byOrganisation.computeIfAbsent(rs.getString("name"), name -> new long[4]);
            row[0] = rs.getLong("cases");
            row[1] = rs.getLong("days");
        }, today);
        jdbc.query("""
                select o.name, count(*) as cases, coalesce(sum(r.estimated_days), 0) as days
                from investigation_request r
                join organisation o on o.id = r.organisation_id
                where r.status in %s
                group by o.name""".formatted(ALLOCATED), rs -> {
            long[] row = byOrganisation.computeIfAbsent(rs.getString("name"), name -> new long[4]);
            row[2] = rs.getLong("cases");
            row[3] = rs.getLong("days");
        });
        return byOrganisation.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new OrganisationBalance(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3]))
                .toList();
    }

    private AllocationTimes allocationTimes() {
        List<Double> days = jdbc.query("""
                select timestampdiff(second, created_at, allocated_at) / 86400.0 as days
                from investigation_request where allocated_at is not null order by days""",
                (rs, row) -> rs.getDouble("days"));
        return new AllocationTimes(days.size(), percentile(days, 0.5), percentile(days, 0.9), TARGET_DAYS);
    }

    /** Nearest-rank percentile of sorted values. */
    static OptionalDouble percentile(List<Double> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        int rank = (int) Math.ceil(fraction * sorted.size());
        return OptionalDouble.of(sorted.get(Math.max(rank, 1) - 1));
    }

    private static String areaLabel(String area) {
        return switch (area) {
            case "WALES" -> "Wales";
            case "SCOTLAND" -> "Scotland";
            case "NORTHERN_IRELAND" -> "Northern Ireland";
            case "ENGLAND" -> "England (national bodies)";
            default -> area;
        };
    }
}
