package uk.sexualsafety.cop.portal.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.portal.assessment.CohortSuppression.Cohort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CohortSuppressionTest {

    private static final List<String> NATIONS = List.of("england", "wales", "scotland", "northern-ireland");

    @ParameterizedTest(name = "{0} assessments, viewer''s among them: {1} -> hidden: {2}")
    @CsvSource({
            "0, false, true",
            "4, false, true",
            "5, false, false",
            "5, true,  true",
            "6, true,  false",
            "300, true, false",
    })
    void aCohortOfFewerThanFiveWithOrWithoutTheViewersOwnIsNotShown(int assessments, boolean viewer,
                                                                   boolean hidden) {
        Cohort cohort = new Cohort("ambulance-services", assessments, viewer);

        assertThat(CohortSuppression.hidden(List.of(cohort), List.of())).containsExactlyInAnyOrderElementsOf(
                hidden ? List.of("ambulance-services") : List.of());
    }

    @Test
    void oneHiddenNationWouldBeTheWholeMinusTheOthersSoTheSmallestOtherIsHiddenToo() {
        List<Cohort> cohorts = List.of(new Cohort("all", 40, false), new Cohort("england", 25, false),
                new Cohort("wales", 3, false), new Cohort("scotland", 6, false),
                new Cohort("northern-ireland", 7, true));

        assertThat(CohortSuppression.hidden(cohorts, List.of(NATIONS))).containsExactlyInAnyOrder("wales", "scotland");
    }

    @Test
    void twoHiddenNationsAlreadyProtectEachOther() {
        List<Cohort> cohorts = List.of(new Cohort("all", 40, false), new Cohort("england", 30, false),
                new Cohort("wales", 3, false), new Cohort("scotland", 2, false),
                new Cohort("northern-ireland", 5, false));

        assertThat(CohortSuppression.hidden(cohorts, List.of(NATIONS))).containsExactlyInAnyOrder("wales", "scotland");
    }

    @Test
    void anEmptyHiddenNationGivesNothingAwayAndNeedsNoPartner() {
        List<Cohort> cohorts = List.of(new Cohort("all", 40, false), new Cohort("england", 20, false),
                new Cohort("wales", 0, false), new Cohort("scotland", 10, false),
                new Cohort("northern-ireland", 10, false));

        assertThat(CohortSuppression.hidden(cohorts, List.of(NATIONS))).containsExactly("wales");
    }
}
