package uk.sexualsafety.cop.db.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentTest {

    private static final long AUTHOR = 1;
    private static final long SECOND_LEAD = 2;

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({
            "DRAFT,      edit,         DRAFT",
            "DRAFT,      submit,       SUBMITTED",
            "DRAFT,      returnToDraft, refused",
            "DRAFT,      signOff,      refused",
            "SUBMITTED,  edit,         refused",
            "SUBMITTED,  submit,       refused",
            "SUBMITTED,  returnToDraft, DRAFT",
            "SUBMITTED,  signOff,      SIGNED_OFF",
            "SIGNED_OFF, edit,         refused",
            "SIGNED_OFF, submit,       refused",
            "SIGNED_OFF, returnToDraft, refused",
            "SIGNED_OFF, signOff,      refused",
    })
    void eachStatusAllowsOnlyItsTransitions(AssessmentStatus from, String transition, String outcome) {
        Assessment assessment = in(from);

        Runnable change = () -> apply(assessment, transition, SECOND_LEAD);

        if (outcome.equals("refused")) {
            assertThatThrownBy(change::run).isInstanceOf(IllegalStateException.class);
            assertThat(assessment.getStatus()).isEqualTo(from);
        } else {
            change.run();
            assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.valueOf(outcome));
        }
    }

    @org.junit.jupiter.api.Test
    void theLeadWhoSubmittedCannotSignOff() {
        Assessment assessment = in(AssessmentStatus.SUBMITTED);

        assertThatThrownBy(() -> assessment.signOff(AUTHOR, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @org.junit.jupiter.api.Test
    void signingOffRecordsTheSecondLead() {
        Assessment assessment = in(AssessmentStatus.SUBMITTED);

        assessment.signOff(SECOND_LEAD, Instant.now());

        assertThat(assessment.getSubmittedBy()).contains(AUTHOR);
        assertThat(assessment.getSignedOffBy()).contains(SECOND_LEAD);
    }

    private static Assessment in(AssessmentStatus status) {
        Assessment assessment = new Assessment(7, 2026, 0, List.of(), null, AUTHOR, Instant.now());
        if (status != AssessmentStatus.DRAFT) {
            assessment.submit(AUTHOR, Instant.now());
        }
        if (status == AssessmentStatus.SIGNED_OFF) {
            assessment.signOff(SECOND_LEAD, Instant.now());
        }
        return assessment;
    }

    private static void apply(Assessment assessment, String transition, long lead) {
        Instant now = Instant.now();
        switch (transition) {
            case "edit" -> assessment.edited(lead, now);
            case "submit" -> assessment.submit(lead, now);
            case "returnToDraft" -> assessment.returnToDraft(lead, now);
            case "signOff" -> assessment.signOff(lead, now);
            default -> throw new IllegalArgumentException(transition);
        }
    }
}
