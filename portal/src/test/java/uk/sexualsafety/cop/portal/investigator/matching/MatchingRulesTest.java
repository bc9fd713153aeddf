package uk.sexualsafety.cop.portal.investigator.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingRulesTest {

    @Test
    void employmentCountsForThreeYearsByDefault() {
        var rules = MatchingRules.defaults(LocalDate.of(2027, 2, 1));

        assertThat(rules.conflictYears()).isEqualTo(3);
        assertThat(rules.conflictCutoff()).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @ParameterizedTest(name = "senior leader involved {0}: exclude the ICB {1}")
    @CsvSource({"true, true", "false, false"})
    void aNewRequestExcludesItsIcbByDefaultWhenASeniorLeaderIsInvolved(boolean seniorLeader, boolean exclude) {
        assertThat(MatchingRules.excludeSameIcbByDefault(seniorLeader)).isEqualTo(exclude);
    }

    @ParameterizedTest(name = "{0}, senior leader {1}: {2}")
    @CsvSource({
            "SEXUAL_ASSAULT_ALLEGATION, false, SEXUAL_ASSAULT_ALLEGATIONS;TRAUMA_INFORMED_INTERVIEWING",
            "NON_RECENT,                false, NON_RECENT_CASES",
            "SEVERAL_PARTIES,           false, SEVERAL_PARTIES",
            "SEXUAL_HARASSMENT,         false, SEXUAL_MISCONDUCT",
            "MISOGYNY,                  false, SEXUAL_MISCONDUCT",
            "COUNTER_CLAIMS,            false, COGNITIVE_INTERVIEWING",
            "COUNTER_CLAIMS,            true,  COGNITIVE_INTERVIEWING;SENIOR_LEADERS"})
    void specialismsSuitEachCategory(RequestCategory category, boolean seniorLeader, String suitable) {
        assertThat(SuitableSpecialisms.of(category, seniorLeader)).isEqualTo(
                Arrays.stream(suitable.split(";")).map(Specialism::valueOf).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "valid until {0}, on {1}: expired {2}")
    @CsvSource(nullValues = "open", value = {
            "2027-02-28, 2027-02-28, false",
            "2027-02-28, 2027-03-01, true",
            "open,       2099-12-31, false"})
    void anAccreditationHasExpiredOnceItsLastDayHasPassed(LocalDate until, LocalDate day, boolean expired) {
        var accreditation = new Accreditation("Investigation skills", LocalDate.of(2020, 1, 1), until);

        assertThat(accreditation.isExpiredOn(day)).isEqualTo(expired);
    }
}
