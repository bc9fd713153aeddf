package uk.sexualsafety.cop.portal.investigator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.InvestigationRequestRepository;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.portal.investigator.PoolCandidate.ConflictWith;
import uk.sexualsafety.cop.portal.investigator.PoolCandidate.EmploymentAt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Loads the matching's view of investigators: the whole active pool in twelve queries however large it is, one per
 * collection or count over every investigator at once, as scalar rows (no entities to track), and kept while
 * nothing changes, so that ranking a request against thousands of investigators takes milliseconds.
 */
@Component
class CandidateLoader {

    /** The investigators a query covers: by status, and by a range of ids so one query shape serves one or all. */
    private record Scope(Set<PoolStatus> statuses, long fromId, long toId) {
    }

    private static final Scope ACTIVE_POOL = new Scope(EnumSet.of(PoolStatus.ACTIVE), Long.MIN_VALUE,
            Long.MAX_VALUE);
    private static final String IN_SCOPE = " i.status in :statuses and i.id between :fromId and :toId ";

    private final EntityManager entityManager;
    private final InvestigationRequestRepository requests;
    private final Clock clock;

    CandidateLoader(EntityManager entityManager, InvestigationRequestRepository requests, Clock clock) {
        this.entityManager = entityManager;
        this.requests = requests;
        this.clock = clock;
    }

    /** The active pool as last loaded, with the state of the tables it was loaded from. */
    private record Snapshot(List<Object> fingerprint, List<PoolCandidate> candidates) {
    }

    private final AtomicReference<Snapshot> lastPool = new AtomicReference<>();

    /**
     * Every active investigator, in order of id. The last load is reused while nothing it was made from has changed,
     * so that ranking request after request loads the pool once: every change to a profile, an offer, an assignment
     * or an organisation adds a row or raises a version, and one query reads each table's count and sum of versions.
     * The check reads the database, so no node reuses a stale pool; offers are checked on a fresh load anyway.
     */
    @Transactional(readOnly = true)
    public List<PoolCandidate> activeCandidates() {
        List<Object> fingerprint = fingerprint();
        Snapshot last = lastPool.get();
        if (last != null && last.fingerprint().equals(fingerprint)) {
            return last.candidates();
        }
        List<PoolCandidate> candidates = load(ACTIVE_POOL);
        lastPool.set(new Snapshot(fingerprint, candidates));
        return candidates;
    }

    private List<Object> fingerprint() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select (select count(*) from investigator), (select coalesce(sum(version), 0) from investigator),
                       (select count(*) from investigation_offer),
                       (select coalesce(sum(version), 0) from investigation_offer),
                       (select count(*) from investigation_assignment),
                       (select coalesce(sum(version), 0) from investigation_assignment),
                       (select count(*) from organisation), (select coalesce(sum(version), 0) from organisation)""")
                .getSingleResult();
        List<Object> fingerprint = new ArrayList<>(Arrays.asList(row));
        // The count of assignments in the last twelve months moves with the date alone.
        fingerprint.add(PoolDates.today(clock));
        return fingerprint;
    }

    /** One investigator whatever their status, to check an offer to them. */
    @Transactional(readOnly = true)
    public Optional<PoolCandidate> candidate(long investigatorId) {
        return load(new Scope(EnumSet.allOf(PoolStatus.class), investigatorId, investigatorId)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<MatchingRequest> request(long requestId) {
        return requests.findById(requestId).map(MatchingRequest::of);
    }

    /** Requests waiting for an investigator, oldest first, in one query. */
    @Transactional(readOnly = true)
    public List<MatchingRequest> waitingRequests() {
        return entityManager.createQuery("""
                        select r from InvestigationRequest r join fetch r.organisation o left join fetch o.icb
                        left join fetch r.specialismsNeeded
                        where r.status in (uk.sexualsafety.cop.db.investigator.RequestStatus.OPEN,
                                           uk.sexualsafety.cop.db.investigator.RequestStatus.OFFERED)
                        order by r.createdAt, r.id""", InvestigationRequest.class)
                .getResultStream().map(MatchingRequest::of).toList();
    }

    private List<PoolCandidate> load(Scope scope) {
        Map<Long, Builder> pool = new LinkedHashMap<>();
        for (Object[] row : rows("""
                select i.id, i.accountId, i.displayName, i.status, i.onSite, i.remote, i.casesAtOnce, i.daysPerMonth
                from Investigator i where""" + IN_SCOPE + "order by i.id", scope, Map.of())) {
            pool.put((Long) row[0], new Builder(row));
        }
        if (pool.isEmpty()) {
            return List.of();
        }
        add(pool, scope, "select i.id, s from Investigator i join i.specialisms s where" + IN_SCOPE,
                (b, row) -> b.specialisms.add((Specialism) row[1]));
        add(pool, scope, """
                select i.id, a.name, a.validFrom, a.validUntil from Investigator i join i.accreditations a
                where""" + IN_SCOPE,
                (b, row) -> b.accreditations.add(new Accreditation((String) row[1], (LocalDate) row[2],
                        (LocalDate) row[3])));
        add(pool, scope, "select i.id, r from Investigator i join i.regions r where" + IN_SCOPE,
                (b, row) -> b.regions.add((NhsRegion) row[1]));
        add(pool, scope, "select i.id, c from Investigator i join i.icbIds c where" + IN_SCOPE,
                (b, row) -> b.icbIds.add((Long) row[1]));
        add(pool, scope, "select i.id, n from Investigator i join i.nations n where" + IN_SCOPE,
                (b, row) -> b.nations.add((Nation) row[1]));
        add(pool, scope, "select i.id, u.fromDate, u.toDate from Investigator i join i.unavailable u where"
                        + IN_SCOPE,
                (b, row) -> b.unavailable.add(new DatePeriod((LocalDate) row[1], (LocalDate) row[2])));
        add(pool, scope, """
                select i.id, e.organisationId, o.name, icb.id, e.fromDate, e.toDate
                from Investigator i join i.employment e join Organisation o on o.id = e.organisationId
                left join o.icb icb where""" + IN_SCOPE,
                (b, row) -> b.employment.add(new EmploymentAt((Long) row[1], (String) row[2], (Long) row[3],
                        (LocalDate) row[4], (LocalDate) row[5])));
        add(pool, scope, """
                select i.id, c.organisationId, o.name
                from Investigator i join i.conflicts c join Organisation o on o.id = c.organisationId
                where""" + IN_SCOPE,
                (b, row) -> b.conflicts.add(new ConflictWith((Long) row[1], (String) row[2])));
        add(pool, scope, """
                select i.id, count(a), coalesce(sum(r.estimatedDays), 0)
                from InvestigationAssignment a join a.investigator i join a.request r
                where a.closedAt is null and a.withdrawnAt is null and""" + IN_SCOPE + "group by i.id",
                (b, row) -> {
                    b.openCases = ((Number) row[1]).intValue();
                    b.openCaseDays = ((Number) row[2]).intValue();
                });
        add(pool, scope, """
                select i.id, count(o) from InvestigationOffer o join o.investigator i
                where o.status = uk.sexualsafety.cop.db.investigator.OfferStatus.PENDING and""" + IN_SCOPE
                        + "group by i.id",
                (b, row) -> b.pendingOffers = ((Number) row[1]).intValue());
        Instant yearAgo = PoolDates.today(clock).minusMonths(12).atStartOfDay(PoolDates.UK).toInstant();
        addAll(pool, rows("""
                        select i.id, count(a) from InvestigationAssignment a join a.investigator i
                        where a.acceptedAt >= :since and a.withdrawnAt is null and""" + IN_SCOPE + "group by i.id",
                        scope, Map.of("since", yearAgo)),
                (b, row) -> b.assignmentsLast12Months = ((Number) row[1]).intValue());
        return pool.values().stream().map(Builder::build).toList();
    }

    private void add(Map<Long, Builder> pool, Scope scope, String jpql, BiConsumer<Builder, Object[]> adder) {
        addAll(pool, rows(jpql, scope, Map.of()), adder);
    }

    private static void addAll(Map<Long, Builder> pool, List<Object[]> rows, BiConsumer<Builder, Object[]> adder) {
        for (Object[] row : rows) {
            Builder builder = pool.get((Long) row[0]);
            if (builder != null) {
                adder.accept(builder, row);
            }
        }
    }

    private List<Object[]> rows(String jpql, Scope scope, Map<String, Object> more) {
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class)
                .setParameter("statuses", scope.statuses())
                .setParameter("fromId", scope.fromId())
                .setParameter("toId", scope.toId());
        more.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Collects one investigator's rows before they become an immutable {@link PoolCandidate}. */
    private static final class Builder {
        final long id;
        final long accountId;
        final String displayName;
        final PoolStatus status;
        final boolean onSite;
        final boolean remote;
        final int casesAtOnce;
        final int daysPerMonth;
        final Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
        final List<Accreditation> accreditations = new ArrayList<>();
        final Set<NhsRegion> regions = EnumSet.noneOf(NhsRegion.class);
        final Set<Long> icbIds = new HashSet<>();
        final Set<Nation> nations = EnumSet.noneOf(Nation.class);
        final List<DatePeriod> unavailable = new ArrayList<>();
        final List<EmploymentAt> employment = new ArrayList<>();
        final List<ConflictWith> conflicts = new ArrayList<>();
        int openCases;
        int openCaseDays;
        int pendingOffers;
        int assignmentsLast12Months;

        Builder(Object[] row) {
            this.id = (Long) row[0];
            this.accountId = (Long) row[1];
            this.displayName = (String) row[2];
            this.status = (PoolStatus) row[3];
            this.onSite = (Boolean) row[4];
            this.remote = (Boolean) row[5];
            this.casesAtOnce = (Integer) row[6];
            this.daysPerMonth = (Integer) row[7];
        }

        PoolCandidate build() {
            return new PoolCandidate(id, accountId, displayName, status, specialisms, accreditations, regions, icbIds,
                    nations, onSite, remote, casesAtOnce, daysPerMonth, openCases, openCaseDays, pendingOffers,
                    unavailable, employment, conflicts, assignmentsLast12Months);
        }
    }
}
