package uk.sexualsafety.cop.portal.investigator.matching;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.sexualsafety.cop.portal.investigator.matching.CandidateBuilder.candidate;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.request;

/**
 * Two eligible investigators who differ in one way (or in two, where an earlier criterion must win over a later
 * one): the better one ranks first whichever comes first in the pool.
 */
class RankingTest {

    static Stream<Arguments> differences() {
        return Stream.of(
                difference("a suitable specialism beyond those needed",
                        better -> better.specialisms(Specialism.SEXUAL_MISCONDUCT, Specialism.SENIOR_LEADERS),
                        worse -> { }),
                difference("more free case places", better -> better.places(0, 3), worse -> worse.places(1, 3)),
                difference("as many free places but more free days",
                        better -> better.days(2, 10), worse -> worse.days(3, 10)),
                difference("fewer assignments in the last 12 months",
                        better -> better.recentAssignments = 1, worse -> worse.recentAssignments = 2),
                difference("covering the place on site rather than only remotely",
                        better -> better.coverage(true, false, NhsRegion.NORTH_EAST_AND_YORKSHIRE),
                        worse -> worse.coverage(false, true)),
                difference("a specialism that suits outweighs more free places",
                        better -> better.specialisms(Specialism.SEXUAL_MISCONDUCT, Specialism.SENIOR_LEADERS)
                                .places(2, 3), worse -> worse.places(0, 3)),
                difference("free places outweigh free days",
                        better -> better.places(0, 3).days(5, 10), worse -> worse.places(1, 3)),
                difference("free days outweigh fairness",
                        better -> { better.days(0, 10); better.recentAssignments = 5; }, worse -> worse.days(1, 10)),
                difference("fairness outweighs on-site cover",
                        better -> better.coverage(false, true), worse -> worse.recentAssignments = 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differences")
    void theBetterInvestigatorRanksFirstWhicheverComesFirst(Consumer<CandidateBuilder> better,
                                                            Consumer<CandidateBuilder> worse) {
        var request = request();
        request.seniorLeader = true;
        // The worse one has the lower id, so only the criterion under test can put the better one first.
        var first = candidate().id(2);
        var second = candidate().id(1);
        better.accept(first);
        worse.accept(second);

        for (var pool : List.of(List.of(first.build(), second.build()), List.of(second.build(), first.build()))) {
            MatchResult result = InvestigatorMatcher.rank(request.build(), pool,
                    MatchingRules.defaults(RequestBuilder.TODAY));

            assertThat(result.excluded()).isEmpty();
            assertThat(result.eligible()).extracting(RankedInvestigator::rank, RankedInvestigator::investigatorId)
                    .containsExactly(tuple(1, 2L), tuple(2, 1L));
        }
    }

    @ParameterizedTest(name = "pool in the order {0}")
    @MethodSource("orders")
    void equalInvestigatorsRankByIdSoTheOrderIsStable(List<Long> ids) {
        var pool = ids.stream().map(id -> candidate().id(id).build()).toList();

        MatchResult result = request().rank(pool.toArray(InvestigatorCandidate[]::new));

        assertThat(result.eligible()).extracting(RankedInvestigator::investigatorId).containsExactly(3L, 5L, 9L);
        assertThat(result.eligible()).extracting(RankedInvestigator::rank).containsExactly(1, 2, 3);
    }

    static Stream<List<Long>> orders() {
        return Stream.of(List.of(3L, 5L, 9L), List.of(9L, 5L, 3L), List.of(5L, 9L, 3L));
    }

    @ParameterizedTest(name = "{0}, senior leader involved {1}: {2} before {3}")
    @MethodSource("suitability")
    void specialismsSuitingTheCategoryAndASeniorLeaderRankHigher(RequestCategory category, boolean seniorLeader,
                                                                 Specialism suiting, Specialism notSuiting) {
        var request = request().needs();
        request.category = category;
        request.seniorLeader = seniorLeader;
        var suited = candidate().id(2).specialisms(suiting).build();
        var other = candidate().id(1).specialisms(notSuiting).build();

        assertThat(InvestigatorMatcher.rank(request.build(), List.of(other, suited),
                MatchingRules.defaults(RequestBuilder.TODAY)).eligible())
                .extracting(RankedInvestigator::investigatorId).containsExactly(2L, 1L);
    }

    static Stream<Arguments> suitability() {
        return Stream.of(
                arguments(RequestCategory.SEXUAL_ASSAULT_ALLEGATION, false, Specialism.SEXUAL_ASSAULT_ALLEGATIONS,
                        Specialism.NON_RECENT_CASES),
                arguments(RequestCategory.SEXUAL_ASSAULT_ALLEGATION, false, Specialism.TRAUMA_INFORMED_INTERVIEWING,
                        Specialism.SEXUAL_MISCONDUCT),
                arguments(RequestCategory.NON_RECENT, false, Specialism.NON_RECENT_CASES, Specialism.SEVERAL_PARTIES),
                arguments(RequestCategory.SEVERAL_PARTIES, false, Specialism.SEVERAL_PARTIES,
                        Specialism.NON_RECENT_CASES),
                arguments(RequestCategory.SEXUAL_HARASSMENT, false, Specialism.SEXUAL_MISCONDUCT,
                        Specialism.COGNITIVE_INTERVIEWING),
                arguments(RequestCategory.MISOGYNY, false, Specialism.SEXUAL_MISCONDUCT,
                        Specialism.STUDENTS_AND_LEARNERS),
                arguments(RequestCategory.COUNTER_CLAIMS, false, Specialism.COGNITIVE_INTERVIEWING,
                        Specialism.SEXUAL_MISCONDUCT),
                arguments(RequestCategory.COUNTER_CLAIMS, true, Specialism.SENIOR_LEADERS,
                        Specialism.STUDENTS_AND_LEARNERS));
    }

    private static Arguments difference(String why, Consumer<CandidateBuilder> better,
                                        Consumer<CandidateBuilder> worse) {
        return arguments(Named.of(why, better), worse);
    }
}
