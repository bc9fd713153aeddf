package uk.sexualsafety.cop.portal.investigator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.InvestigationRequestRepository;
import uk.sexualsafety.cop.db.investigator.InvestigatorRepository;
import uk.sexualsafety.cop.db.investigator.PoolRows;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.organisation.Icb;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.portal.investigator.matching.Capacity;
import uk.sexualsafety.cop.portal.investigator.matching.Coverage;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorCandidate;
import uk.sexualsafety.cop.portal.investigator.matching.MatchingRules;
import uk.sexualsafety.cop.portal.investigator.matching.RequestProfile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads what the matching engine works on, straight into its records: a request with where its organisation is,
 * and the investigators through {@link InvestigatorRepository#poolRows} (twelve queries however large the pool is).
 * The active pool is kept while nothing it was read from changes, so that ranking request after request reads it
 * once and matching takes milliseconds.
 */
@Component
class CandidateLoader {

    private static final Logger log = LoggerFactory.getLogger(CandidateLoader.class);
    private static final PoolRows.Scope ACTIVE_POOL = PoolRows.Scope.all(Set.of(PoolStatus.ACTIVE));

    /** The active pool as last read, with the state of the tables it was read from. */
    private record Snapshot(List<Object> fingerprint, List<InvestigatorCandidate> candidates) {
    }

    private final InvestigatorRepository investigators;
    private final InvestigationRequestRepository requests;
    private final PoolProperties properties;
    private final Clock clock;
    private final AtomicReference<Snapshot> lastPool = new AtomicReference<>();

    CandidateLoader(InvestigatorRepository investigators, InvestigationRequestRepository requests,
                    PoolProperties properties, Clock clock) {
        this.investigators = investigators;
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Every active investigator, in order of id. The last read is reused while its fingerprint (each table's count
     * and sum of versions, and today's date, which moves the count of recent assignments) is unchanged. The check
     * reads the database, so no node reuses a stale pool; offers are checked on a fresh read anyway.
     */
    @Transactional(readOnly = true)
    public List<InvestigatorCandidate> activeCandidates() {
        List<Object> fingerprint = new ArrayList<>(investigators.poolFingerprint());
        fingerprint.add(PoolDates.today(clock));
        Snapshot last = lastPool.get();
        if (last != null && last.fingerprint().equals(fingerprint)) {
            return last.candidates();
        }
        List<InvestigatorCandidate> candidates = load(ACTIVE_POOL);
        lastPool.set(new Snapshot(fingerprint, candidates));
        return candidates;
    }

    /** One investigator whatever their status, to check an offer to them; empty if matching cannot read them. */
    @Transactional(readOnly = true)
    public Optional<InvestigatorCandidate> candidate(long investigatorId) {
        return load(PoolRows.Scope.one(investigatorId)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<RequestProfile> request(long requestId) {
        return requests.findById(requestId).map(CandidateLoader::profile);
    }

    /** The rules as configured, as of today as people in the UK count days. */
    MatchingRules rules() {
        return new MatchingRules(properties.employmentConflictYears(), PoolDates.today(clock));
    }

    /** The request as matching sees it; call it inside a transaction, as its organisation's ICB is read lazily. */
    static RequestProfile profile(InvestigationRequest request) {
        Organisation organisation = request.getOrganisation();
        Icb icb = organisation.getIcb();
        return new RequestProfile(request.getId(), organisation.getId(), organisation.getName(),
                icb == null ? null : icb.getId(), icb == null ? null : icb.getName(),
                icb == null ? null : icb.getRegion(), organisation.getNation(), request.getCategory(),
                request.isSeniorLeaderInvolved(), request.getSpecialismsNeeded(), request.getWantedStart(),
                request.getEstimatedDays(), request.getDeliveryMode(), request.isExcludeSameIcb());
    }

    private List<InvestigatorCandidate> load(PoolRows.Scope scope) {
        Instant yearAgo = PoolDates.today(clock).minusMonths(12).atStartOfDay(PoolDates.UK).toInstant();
        PoolRows rows = investigators.poolRows(scope, yearAgo);
        List<InvestigatorCandidate> candidates = new ArrayList<>(rows.investigators().size());
        for (PoolRows.Profile investigator : rows.investigators()) {
            try {
                candidates.add(candidate(investigator, rows));
            } catch (IllegalArgumentException incomplete) {
                // One profile the engine cannot read (e.g. neither on site nor remote) must not hide the whole list.
                log.warn("Investigator {} left out of matching: {}", investigator.id(), incomplete.getMessage());
            }
        }
        return List.copyOf(candidates);
    }

    /**
     * Cases record their estimated days in total, not month by month, so no days are counted as committed in the
     * month the work would start: the limit on cases at once (open cases and pending offers) is what keeps an
     * investigator from being over-booked.
     */
    private static InvestigatorCandidate candidate(PoolRows.Profile investigator, PoolRows rows) {
        long id = investigator.id();
        return new InvestigatorCandidate(id, investigator.displayName(), investigator.status(),
                of(rows.specialisms(), id, Set.of()), of(rows.accreditations(), id, List.of()),
                new Coverage(of(rows.regions(), id, Set.of()), of(rows.icbIds(), id, Set.of()),
                        of(rows.nations(), id, Set.of()), investigator.onSite(), investigator.remote()),
                new Capacity(investigator.casesAtOnce(), investigator.daysPerMonth()),
                of(rows.openCases(), id, 0) + of(rows.pendingOffers(), id, 0), 0,
                of(rows.unavailable(), id, List.of()), of(rows.employment(), id, List.of()),
                of(rows.conflictOrganisationIds(), id, Set.of()), of(rows.recentAssignments(), id, 0));
    }

    private static <T> T of(Map<Long, T> byInvestigator, long id, T none) {
        return byInvestigator.getOrDefault(id, none);
    }
}
