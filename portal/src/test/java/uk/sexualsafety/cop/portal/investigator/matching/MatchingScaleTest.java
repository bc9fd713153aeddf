package uk.sexualsafety.cop.portal.investigator.matching;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.investigator.matching.CandidateBuilder.candidate;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.TRUST;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.TRUST_NAME;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.request;

/**
 * The pool at the size the benchmark uses, varied every way that matters: each investigator lands once in one list,
 * in order. Speed is the benchmark's business, not a unit test's; the engine is one pass and one sort.
 */
class MatchingScaleTest {

    private static final int POOL = 2_000;

    @Test
    void ranksTwoThousandInvestigatorsEachOnceAndInOrder() {
        List<InvestigatorCandidate> pool = LongStream.rangeClosed(1, POOL).mapToObj(this::varied).toList();
        var request = request();
        request.seniorLeader = true;

        MatchResult result = request.rank(pool.toArray(InvestigatorCandidate[]::new));

        assertThat(result.eligible().size() + result.excluded().size()).isEqualTo(POOL);
        assertThat(result.eligible()).hasSizeBetween(POOL / 10, POOL / 2);
        assertThat(result.eligible()).extracting(RankedInvestigator::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, result.eligible().size()).boxed().toList());
        assertThat(result.eligible()).extracting(RankedInvestigator::investigator)
                .isSortedAccordingTo(Comparator
                        .comparing((InvestigatorCandidate c) -> c.specialisms().contains(Specialism.SENIOR_LEADERS))
                        .reversed()
                        .thenComparing(Comparator.comparingInt(InvestigatorCandidate::freeCasePlaces).reversed())
                        .thenComparing(Comparator.comparingInt(InvestigatorCandidate::freeDaysInWantedMonth)
                                .reversed())
                        .thenComparingInt(InvestigatorCandidate::assignmentsInLast12Months));
        assertThat(result.excluded()).allSatisfy(excluded -> assertThat(excluded.reasons()).isNotEmpty());
    }

    private InvestigatorCandidate varied(long id) {
        var investigator = candidate().id(id)
                .places((int) (id % 4), 3)
                .days((int) (id % 7), 10);
        investigator.recentAssignments = (int) (id % 5);
        if (id % 3 == 0) {
            investigator.specialisms(Specialism.SEXUAL_MISCONDUCT, Specialism.SENIOR_LEADERS);
        }
        if (id % 11 == 0) {
            investigator.specialisms(Specialism.COGNITIVE_INTERVIEWING);
        }
        if (id % 13 == 0) {
            investigator.status = PoolStatus.SUSPENDED;
        }
        if (id % 17 == 0) {
            investigator.employedBy(TRUST, TRUST_NAME, 7L, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        }
        if (id % 2 == 0) {
            investigator.coverage(true, id % 4 == 0, NhsRegion.values()[(int) (id % 7)]);
        }
        if (id % 19 == 0) {
            investigator.unavailable.add(new DatePeriod(LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 9)));
        }
        return investigator.build();
    }
}
