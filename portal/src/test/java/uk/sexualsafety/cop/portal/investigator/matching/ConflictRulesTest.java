package uk.sexualsafety.cop.portal.investigator.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.investigator.matching.CandidateBuilder.candidate;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.TRUST;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.TRUST_NAME;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.WEST_YORKSHIRE;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.request;

/** Matched on 1 Feb 2027: with the default 3 years, employment that ended on 1 Feb 2024 or later is a conflict. */
class ConflictRulesTest {

    private static final LocalDate HIRED = LocalDate.of(2015, 4, 1);

    @ParameterizedTest(name = "ended {0}, {1} years counted: {2}")
    @CsvSource(nullValues = "current", value = {
            "current,    3, Works for Yorkshire Ambulance Service NHS Trust now",
            "2027-06-30, 3, Works for Yorkshire Ambulance Service NHS Trust until 30 Jun 2027",
            "2027-02-01, 3, Works for Yorkshire Ambulance Service NHS Trust until 1 Feb 2027",
            "2027-01-31, 3, Worked for Yorkshire Ambulance Service NHS Trust until 31 Jan 2027 (within 3 years)",
            "2024-02-01, 3, Worked for Yorkshire Ambulance Service NHS Trust until 1 Feb 2024 (within 3 years)",
            "2024-01-31, 3, ",
            "2026-02-01, 1, Worked for Yorkshire Ambulance Service NHS Trust until 1 Feb 2026 (within 1 year)",
            "2026-01-31, 1, ",
            "2027-02-01, 0, Works for Yorkshire Ambulance Service NHS Trust until 1 Feb 2027",
            "2027-01-31, 0, "})
    void employmentWithTheRequestingOrganisationWithinTheYearsCountedIsAConflict(LocalDate to, int years,
                                                                                 String reason) {
        var investigator = candidate().employedBy(TRUST, TRUST_NAME, WEST_YORKSHIRE, HIRED, to).build();

        MatchResult result = request().rank(List.of(investigator), years);

        assertThat(result.excluded()).flatExtracting(ExcludedInvestigator::reasons)
                .containsExactlyElementsOf(Stream.ofNullable(reason).toList());
        assertThat(result.eligible()).hasSize(reason == null ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "current", value = {
            "the latest of several spells counts,   2018-12-31, 2024-05-03, Worked for Yorkshire Ambulance Service NHS Trust until 3 May 2024 (within 3 years)",
            "a current spell counts over past ones, 2018-12-31, current,    Works for Yorkshire Ambulance Service NHS Trust now"})
    void onlyTheLatestEmploymentWithTheOrganisationIsGivenAsTheReason(String why, LocalDate firstEnd,
                                                                      LocalDate secondEnd, String reason) {
        var investigator = candidate()
                .employedBy(TRUST, TRUST_NAME, WEST_YORKSHIRE, HIRED, firstEnd)
                .employedBy(TRUST, TRUST_NAME, WEST_YORKSHIRE, LocalDate.of(2021, 1, 1), secondEnd)
                .build();

        assertThat(request().reasonsAgainst(investigator)).containsExactly(reason);
    }

    @ParameterizedTest(name = "employed by organisation {0} until {1}")
    @CsvSource(nullValues = "current", value = {"101, current", "101, 2027-01-31", "102, 2026-01-01"})
    void employmentWithOtherOrganisationsIsNoConflict(long organisationId, LocalDate to) {
        var investigator = candidate().employedBy(organisationId, "Another trust", 9L, HIRED, to).build();

        request().assertOnlyReason(investigator, null);
    }

    @ParameterizedTest(name = "conflicts declared with {0}")
    @CsvSource(nullValues = "none", value = {
            "100,     Declared a conflict with Yorkshire Ambulance Service NHS Trust",
            "100;101, Declared a conflict with Yorkshire Ambulance Service NHS Trust",
            "101,",
            "none,"})
    void aDeclaredConflictWithTheRequestingOrganisationExcludes(String organisationIds, String reason) {
        var investigator = candidate();
        investigator.conflicts = organisationIds == null ? Set.of()
                : Stream.of(organisationIds.split(";")).map(Long::valueOf).collect(Collectors.toSet());

        request().assertOnlyReason(investigator.build(), reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "current", value = {
            "current employment in the ICB,            true,  7, current,    true",
            "employment in the ICB ending today,       true,  7, 2027-02-01, true",
            "employment in the ICB that ended,         true,  7, 2027-01-31, false",
            "the request does not exclude the ICB,     false, 7, current,    false",
            "current employment in another ICB,        true,  8, current,    false",
            "current employment outside England,       true,   , current,    false"})
    void currentEmploymentInTheSameIcbExcludesWhenTheRequestSaysSo(String why, boolean excludeSameIcb, Long icbId,
                                                                   LocalDate to, boolean excluded) {
        var investigator = candidate().employedBy(200, "Leeds Teaching Hospitals NHS Trust", icbId, HIRED, to)
                .build();
        request().with(request -> request.excludeSameIcb = excludeSameIcb).assertOnlyReason(investigator, excluded
                ? "Employed in the same ICB (NHS West Yorkshire ICB) and this request excludes it" : null);
    }

    @ParameterizedTest(name = "request from a national body in England, excluding its ICB: {0}")
    @CsvSource({"true", "false"})
    void anOrganisationWithoutAnIcbExcludesNoOneForTheirIcb(boolean excludeSameIcb) {
        var investigator = candidate().employedBy(200, "Leeds Teaching Hospitals NHS Trust", WEST_YORKSHIRE, HIRED,
                null).build();
        var request = request().with(national -> {
            national.icbId = null;
            national.icbName = null;
            national.region = null;
        });
        request.excludeSameIcb = excludeSameIcb;

        request.assertOnlyReason(investigator, null);
    }
}
