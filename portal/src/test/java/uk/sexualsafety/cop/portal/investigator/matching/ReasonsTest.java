package uk.sexualsafety.cop.portal.investigator.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.investigator.matching.CandidateBuilder.candidate;
import static uk.sexualsafety.cop.portal.investigator.matching.EligibilityRulesTest.specialisms;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.TRUST;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.TRUST_NAME;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.WEST_YORKSHIRE;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.request;

/** The words the coordinator reads for each investigator. */
class ReasonsTest {

    @Test
    void anEligibleInvestigatorIsToldWhyTheyRankWhereTheyDo() {
        var investigator = candidate().specialisms(Specialism.SEXUAL_MISCONDUCT, Specialism.SENIOR_LEADERS)
                .places(1, 3).days(4, 10);
        investigator.recentAssignments = 1;
        var request = request();
        request.seniorLeader = true;

        assertThat(request.rank(investigator.build()).eligible().getFirst().reasons()).containsExactly(
                "Matches 1 of 1 specialism needed, and also Senior-leader cases, which suits this request",
                "2 of 3 case places free",
                "6 of 10 days free in March 2027",
                "1 assignment in the last 12 months",
                "Covers North East and Yorkshire on site and works remotely");
    }

    @ParameterizedTest(name = "needs {0}, holds {1}: {2}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "none | none | No particular specialism needed",
            "none | SEXUAL_ASSAULT_ALLEGATIONS | Has Sexual assault allegations, which suits this request",
            "none | SEXUAL_ASSAULT_ALLEGATIONS;TRAUMA_INFORMED_INTERVIEWING;SENIOR_LEADERS | Has Sexual assault allegations, Trauma-informed interviewing and Senior-leader cases, which suit this request",
            "COGNITIVE_INTERVIEWING;NON_RECENT_CASES | COGNITIVE_INTERVIEWING;NON_RECENT_CASES | Matches 2 of 2 specialisms needed",
            "SEXUAL_ASSAULT_ALLEGATIONS | SEXUAL_ASSAULT_ALLEGATIONS;TRAUMA_INFORMED_INTERVIEWING;SENIOR_LEADERS | Matches 1 of 1 specialism needed, and also Trauma-informed interviewing and Senior-leader cases, which suit this request"})
    void theSpecialismReasonNamesWhatSuitsBeyondWhatIsNeeded(String needed, String held, String reason) {
        var request = request().needs(specialisms(needed));
        request.category = RequestCategory.SEXUAL_ASSAULT_ALLEGATION;
        request.seniorLeader = true;

        assertThat(request.rank(candidate().specialisms(specialisms(held)).build()).eligible().getFirst()
                .reasons().getFirst()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "on site {0} covering ICB {1} or region {2}, remote {3}: {4}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "true  | none | NORTH_EAST_AND_YORKSHIRE | false | Covers North East and Yorkshire on site",
            "true  | 7    | none                     | true  | Covers NHS West Yorkshire ICB on site and works remotely",
            "true  | none | NORTH_WEST               | true  | Works remotely",
            "false | none | none                     | true  | Works remotely"})
    void theCoverReasonSaysWhetherTheyWouldGoOnSite(boolean onSite, Long icbId, NhsRegion region, boolean remote,
                                                    String reason) {
        var investigator = candidate().coverage(onSite, remote, region == null ? new NhsRegion[0]
                : new NhsRegion[]{region});
        investigator.icbIds = icbId == null ? Set.of() : Set.of(icbId);

        assertThat(request().rank(investigator.build()).eligible().getFirst().reasons().getLast())
                .isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} assignments: {1}")
    @CsvSource({"0, No assignments in the last 12 months", "1, 1 assignment in the last 12 months",
            "7, 7 assignments in the last 12 months"})
    void theFairnessReasonCountsRecentAssignments(int assignments, String reason) {
        var investigator = candidate();
        investigator.recentAssignments = assignments;

        assertThat(request().rank(investigator.build()).eligible().getFirst().reasons()).contains(reason);
    }

    @Test
    void anExcludedInvestigatorIsGivenEveryReasonThatApplies() {
        var investigator = candidate()
                .employedBy(TRUST, TRUST_NAME, WEST_YORKSHIRE, LocalDate.of(2019, 6, 1), LocalDate.of(2024, 5, 3))
                .employedBy(200, "Leeds Teaching Hospitals NHS Trust", WEST_YORKSHIRE, LocalDate.of(2024, 6, 1), null)
                .specialisms(Specialism.COGNITIVE_INTERVIEWING)
                .coverage(true, false, NhsRegion.NORTH_WEST)
                .places(3, 3)
                .days(8, 10);
        investigator.status = PoolStatus.SUSPENDED;
        investigator.conflicts = Set.of(TRUST);
        investigator.accreditations = List.of(new Accreditation("Investigation skills", LocalDate.of(2021, 1, 3),
                LocalDate.of(2026, 1, 2)));
        investigator.unavailable.add(new DatePeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14)));
        var request = request().needs(Specialism.SEXUAL_MISCONDUCT, Specialism.TRAUMA_INFORMED_INTERVIEWING);
        request.excludeSameIcb = true;
        request.delivery = DeliveryMode.ON_SITE;

        assertThat(request.reasonsAgainst(investigator.build())).containsExactly(
                "Worked for Yorkshire Ambulance Service NHS Trust until 3 May 2024 (within 3 years)",
                "Declared a conflict with Yorkshire Ambulance Service NHS Trust",
                "Employed in the same ICB (NHS West Yorkshire ICB) and this request excludes it",
                "Not active in the pool (suspended)",
                "Lacks: Sexual misconduct, Trauma-informed interviewing",
                "No accreditation valid on 1 Mar 2027 (Investigation skills expired 2 Jan 2026)",
                "Does not cover North East and Yorkshire on site",
                "Unavailable 1 Mar 2027 – 14 Mar 2027, when the work would start",
                "No free case place (3 of 3 taken)",
                "Not enough days free in March 2027 (8 of 10 committed)");
    }

    @Test
    void theExcludedAreListedByName() {
        var zara = candidate().id(1).places(3, 3);
        zara.name = "Zara Okafor";
        var ben = candidate().id(2).places(3, 3);
        ben.name = "ben Adeyemi";
        var ann = candidate().id(3).places(3, 3);
        ann.name = "Ann Baker";

        assertThat(request().rank(zara.build(), ben.build(), ann.build()).excluded())
                .extracting(ExcludedInvestigator::displayName)
                .containsExactly("Ann Baker", "ben Adeyemi", "Zara Okafor");
    }

    @Test
    void anEmptyPoolGivesEmptyLists() {
        MatchResult result = request().rank();

        assertThat(result.eligible()).isEmpty();
        assertThat(result.excluded()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2027-01-01, 1 Jan 2027", "2027-09-30, 30 Sept 2027", "2027-12-25, 25 Dec 2027"})
    void datesAreWrittenTheBritishWay(LocalDate day, String written) {
        assertThat(Wording.date(day)).isEqualTo(written);
    }
}
