package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** The JPQL behind {@link InvestigatorPoolQueries}; Spring Data finds it by its name. */
class InvestigatorPoolQueriesImpl implements InvestigatorPoolQueries {

    private static final String IN_SCOPE = " i.status in :statuses and i.id between :fromId and :toId ";

    private final EntityManager entityManager;

    InvestigatorPoolQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PoolRows poolRows(PoolRows.Scope scope, Instant assignmentsSince) {
        List<PoolRows.Profile> investigators = rows("""
                select i.id, i.accountId, i.displayName, i.status, i.onSite, i.remote, i.casesAtOnce, i.daysPerMonth
                from Investigator i where""" + IN_SCOPE + "order by i.id", scope, Map.of()).stream()
                .map(row -> new PoolRows.Profile((Long) row[0], (Long) row[1], (String) row[2], (PoolStatus) row[3],
                        (Boolean) row[4], (Boolean) row[5], (Integer) row[6], (Integer) row[7]))
                .toList();
        if (investigators.isEmpty()) {
            return new PoolRows(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                    Map.of(), Map.of(), Map.of(), Map.of());
        }
        return new PoolRows(investigators,
                sets(scope, "select i.id, s from Investigator i join i.specialisms s where" + IN_SCOPE,
                        row -> (Specialism) row[1], () -> EnumSet.noneOf(Specialism.class)),
                lists(scope, """
                        select i.id, a.name, a.validFrom, a.validUntil from Investigator i join i.accreditations a
                        where""" + IN_SCOPE,
                        row -> new Accreditation((String) row[1], (LocalDate) row[2], (LocalDate) row[3])),
                sets(scope, "select i.id, r from Investigator i join i.regions r where" + IN_SCOPE,
                        row -> (NhsRegion) row[1], () -> EnumSet.noneOf(NhsRegion.class)),
                sets(scope, "select i.id, c from Investigator i join i.icbIds c where" + IN_SCOPE,
                        row -> (Long) row[1], HashSet::new),
                sets(scope, "select i.id, n from Investigator i join i.nations n where" + IN_SCOPE,
                        row -> (Nation) row[1], () -> EnumSet.noneOf(Nation.class)),
                lists(scope, "select i.id, u.fromDate, u.toDate from Investigator i join i.unavailable u where"
                                + IN_SCOPE,
                        row -> new DatePeriod((LocalDate) row[1], (LocalDate) row[2])),
                lists(scope, """
                        select i.id, e.organisationId, e.fromDate, e.toDate, o.name, icb.id
                        from Investigator i join i.employment e join Organisation o on o.id = e.organisationId
                        left join o.icb icb where""" + IN_SCOPE,
                        row -> new EmploymentAt(new Employment((Long) row[1], (LocalDate) row[2], (LocalDate) row[3]),
                                (String) row[4], (Long) row[5])),
                sets(scope, "select i.id, c.organisationId from Investigator i join i.conflicts c where" + IN_SCOPE,
                        row -> (Long) row[1], HashSet::new),
                counts(rows("""
                        select i.id, count(a) from InvestigationAssignment a join a.investigator i
                        where a.closedAt is null and a.withdrawnAt is null and""" + IN_SCOPE + "group by i.id",
                        scope, Map.of())),
                counts(rows("""
                        select i.id, count(o) from InvestigationOffer o join o.investigator i
                        where o.status = uk.sexualsafety.cop.db.investigator.OfferStatus.PENDING and""" + IN_SCOPE
                        + "group by i.id", scope, Map.of())),
                counts(rows("""
                        select i.id, count(a) from InvestigationAssignment a join a.investigator i
                        where a.acceptedAt >= :since and a.withdrawnAt is null and""" + IN_SCOPE + "group by i.id",
                        scope, Map.of("since", assignmentsSince))));
    }

    @Override
    public List<Object> poolFingerprint() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select (select count(*) from investigator), (select coalesce(sum(version), 0) from investigator),
                       (select count(*) from investigation_offer),
                       (select coalesce(sum(version), 0) from investigation_offer),
                       (select count(*) from investigation_assignment),
                       (select coalesce(sum(version), 0) from investigation_assignment),
                       (select count(*) from organisation), (select coalesce(sum(version), 0) from organisation)""")
                .getSingleResult();
        return new ArrayList<>(Arrays.asList(row));
    }

    private <T> Map<Long, Set<T>> sets(PoolRows.Scope scope, String jpql, Function<Object[], T> value,
                                       Supplier<Set<T>> newSet) {
        Map<Long, Set<T>> byInvestigator = new HashMap<>();
        for (Object[] row : rows(jpql, scope, Map.of())) {
            byInvestigator.computeIfAbsent((Long) row[0], id -> newSet.get()).add(value.apply(row));
        }
        return byInvestigator;
    }

    private <T> Map<Long, List<T>> lists(PoolRows.Scope scope, String jpql, Function<Object[], T> value) {
        Map<Long, List<T>> byInvestigator = new HashMap<>();
        for (Object[] row : rows(jpql, scope, Map.of())) {
            byInvestigator.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(value.apply(row));
        }
        return byInvestigator;
    }

    private static Map<Long, Integer> counts(List<Object[]> rows) {
        Map<Long, Integer> byInvestigator = new HashMap<>();
        for (Object[] row : rows) {
            byInvestigator.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return byInvestigator;
    }

    private List<Object[]> rows(String jpql, PoolRows.Scope scope, Map<String, Object> more) {
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class)
                .setParameter("statuses", scope.statuses())
                .setParameter("fromId", scope.fromId())
                .setParameter("toId", scope.toId());
        more.forEach(query::setParameter);
        return query.getResultList();
    }
}
