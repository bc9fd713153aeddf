package uk.sexualsafety.cop.portal.investigator.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.investigator.matching.CandidateBuilder.candidate;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.request;

/** The rules other than conflicts; the request's work runs from 1 to 7 March 2027. */
class EligibilityRulesTest {

    @ParameterizedTest
    @EnumSource(PoolStatus.class)
    void onlyActiveInvestigatorsAreOfferedWork(PoolStatus status) {
        var investigator = candidate();
        investigator.status = status;

        List<String> reasons = request().reasonsAgainst(investigator.build());

        switch (status) {
            case ACTIVE -> assertThat(reasons).isEmpty();
            case PENDING -> assertThat(reasons).containsExactly("Not active in the pool (waiting for vetting)");
            case SUSPENDED -> assertThat(reasons).containsExactly("Not active in the pool (suspended)");
            case RETIRED -> assertThat(reasons).containsExactly("Not active in the pool (retired)");
        }
    }

    @ParameterizedTest(name = "needs {0}, holds {1}")
    @CsvSource(nullValues = "none", value = {
            "SEXUAL_MISCONDUCT,                              SEXUAL_MISCONDUCT;COGNITIVE_INTERVIEWING, ",
            "none,                                           none,                                     ",
            "SEXUAL_MISCONDUCT;TRAUMA_INFORMED_INTERVIEWING, SEXUAL_MISCONDUCT,                        Lacks: Trauma-informed interviewing",
            "SENIOR_LEADERS;SEXUAL_MISCONDUCT;NON_RECENT_CASES, COGNITIVE_INTERVIEWING,                'Lacks: Sexual misconduct, Non-recent cases, Senior-leader cases'"})
    void everySpecialismNeededMustBeHeld(String needed, String held, String reason) {
        var investigator = candidate().specialisms(specialisms(held)).build();

        request().needs(specialisms(needed)).assertOnlyReason(investigator, reason);
    }

    @ParameterizedTest(name = "valid {0} to {1}: {2}")
    @CsvSource(nullValues = "open", value = {
            "2024-01-01, open,       ",
            "2024-01-01, 2027-03-01, ",
            "2024-01-01, 2027-02-28, No accreditation valid on 1 Mar 2027 (Investigation skills expired 28 Feb 2027)",
            "2027-03-01, 2029-12-31, ",
            "2027-03-02, 2029-12-31, No accreditation valid on 1 Mar 2027 (Investigation skills valid from 2 Mar 2027)"})
    void anAccreditationMustBeValidOnTheWantedStart(LocalDate from, LocalDate until, String reason) {
        var investigator = candidate();
        investigator.accreditations = List.of(new Accreditation("Investigation skills", from, until));

        request().assertOnlyReason(investigator.build(), reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "none recorded,           0, No accreditation valid on 1 Mar 2027 (none recorded)",
            "one of two still valid,  1, ",
            "both out of date,        2, No accreditation valid on 1 Mar 2027 (Investigation skills expired 2 Jan 2026; Trauma training valid from 1 Apr 2027)"})
    void oneValidAccreditationIsEnough(String why, int variant, String reason) {
        var expired = new Accreditation("Investigation skills", LocalDate.of(2021, 1, 3), LocalDate.of(2026, 1, 2));
        var investigator = candidate();
        investigator.accreditations = switch (variant) {
            case 0 -> List.of();
            case 1 -> List.of(expired, new Accreditation("Trauma training", LocalDate.of(2025, 1, 1), null));
            default -> List.of(expired, new Accreditation("Trauma training", LocalDate.of(2027, 4, 1), null));
        };

        request().assertOnlyReason(investigator.build(), reason);
    }

    @ParameterizedTest(name = "{0} request, on site {1} covering {3}, remote {2}: {4}")
    @CsvSource(nullValues = "none", value = {
            "REMOTE,  false, true,  none,                     ",
            "REMOTE,  true,  false, NORTH_EAST_AND_YORKSHIRE, Does not work remotely",
            "ON_SITE, true,  false, NORTH_EAST_AND_YORKSHIRE, ",
            "ON_SITE, true,  true,  NORTH_WEST,               Does not cover North East and Yorkshire on site",
            "ON_SITE, false, true,  NORTH_EAST_AND_YORKSHIRE, Does not cover North East and Yorkshire on site",
            "EITHER,  true,  false, NORTH_EAST_AND_YORKSHIRE, ",
            "EITHER,  false, true,  none,                     ",
            "EITHER,  true,  false, NORTH_WEST,               Does not cover North East and Yorkshire on site and does not work remotely"})
    void theInvestigatorMustWorkTheWayTheRequestNeeds(DeliveryMode delivery, boolean onSite, boolean remote,
                                                      NhsRegion region, String reason) {
        var investigator = candidate().coverage(onSite, remote, region == null ? new NhsRegion[0]
                : new NhsRegion[]{region}).build();
        var request = request();
        request.delivery = delivery;

        request.assertOnlyReason(investigator, reason);
    }

    @ParameterizedTest(name = "covering ICBs {0} and nations {1} for an organisation in {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            "7,    none,     ENGLAND,  ",
            "8,    none,     ENGLAND,  Does not cover North East and Yorkshire on site",
            "none, WALES,    WALES,    ",
            "none, SCOTLAND, WALES,    Does not cover Wales on site",
            "7,    none,     SCOTLAND, Does not cover Scotland on site"})
    void onSiteCoverIsByIcbOrNationAsWellAsRegion(Long icbId, Nation covered, Nation nation, String reason) {
        var investigator = candidate().coverage(true, false);
        investigator.icbIds = icbId == null ? Set.of() : Set.of(icbId);
        investigator.nations = covered == null ? Set.of() : Set.of(covered);
        var request = request();
        request.delivery = DeliveryMode.ON_SITE;
        if (nation != Nation.ENGLAND) {
            request.outsideEngland(nation);
        }

        request.assertOnlyReason(investigator.build(), reason);
    }

    @ParameterizedTest(name = "away {0} to {1}: {2}")
    @CsvSource({
            "2027-02-15, 2027-02-28, ",
            "2027-02-15, 2027-03-01, 'Unavailable 15 Feb 2027 – 1 Mar 2027, when the work would start'",
            "2027-03-01, 2027-03-14, 'Unavailable 1 Mar 2027 – 14 Mar 2027, when the work would start'",
            "2027-03-03, 2027-03-04, 'Unavailable 3 Mar 2027 – 4 Mar 2027, during the work (1 Mar 2027 – 7 Mar 2027)'",
            "2027-03-07, 2027-03-20, 'Unavailable 7 Mar 2027 – 20 Mar 2027, during the work (1 Mar 2027 – 7 Mar 2027)'",
            "2027-03-08, 2027-03-20, "})
    void anUnavailablePeriodOverlappingTheWorkExcludes(LocalDate from, LocalDate to, String reason) {
        var investigator = candidate();
        investigator.unavailable.add(new DatePeriod(from, to));

        request().assertOnlyReason(investigator.build(), reason);
    }

    @ParameterizedTest(name = "{0} estimated working days end on {1}")
    @CsvSource({"0, 2027-03-02", "1, 2027-03-02", "3, 2027-03-05", "5, 2027-03-07", "10, 2027-03-14",
            "11, 2027-03-16"})
    void theWorkTakesSevenCalendarDaysForEveryFiveWorkingDaysRoundedUp(int estimatedDays, LocalDate lastDay) {
        var request = request();
        request.estimatedDays = estimatedDays;

        assertThat(request.build().workPeriod()).isEqualTo(new DatePeriod(RequestBuilder.START, lastDay));
    }

    @ParameterizedTest(name = "{0} of {1} cases taken: {2}")
    @CsvSource({
            "2, 3, ",
            "3, 3, No free case place (3 of 3 taken)",
            "4, 3, No free case place (4 of 3 taken)",
            "0, 0, No free case place (0 of 0 taken)"})
    void aFreeCasePlaceIsNeeded(int openCases, int casesAtOnce, String reason) {
        var investigator = candidate().places(openCases, casesAtOnce).build();

        request().assertOnlyReason(investigator, reason);
    }

    @ParameterizedTest(name = "{0} of {1} days committed, {2} estimated: {3}")
    @CsvSource({
            "5,  10, 5,  ",
            "6,  10, 5,  Not enough days free in March 2027 (6 of 10 committed)",
            "0,  10, 30, ",
            "1,  10, 30, Not enough days free in March 2027 (1 of 10 committed)",
            "9,  10, 0,  ",
            "10, 10, 0,  Not enough days free in March 2027 (10 of 10 committed)",
            "0,  0,  5,  Not enough days free in March 2027 (0 of 0 committed)"})
    void enoughDaysMustBeFreeInTheMonthTheWorkStarts(int committed, int daysPerMonth, int estimatedDays,
                                                    String reason) {
        var investigator = candidate().days(committed, daysPerMonth).build();
        var request = request();
        request.estimatedDays = estimatedDays;

        request.assertOnlyReason(investigator, reason);
    }

    static Specialism[] specialisms(String names) {
        return names == null ? new Specialism[0]
                : Arrays.stream(names.split(";")).map(Specialism::valueOf).toArray(Specialism[]::new);
    }
}
