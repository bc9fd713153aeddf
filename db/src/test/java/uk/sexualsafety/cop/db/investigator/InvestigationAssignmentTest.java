package uk.sexualsafety.cop.db.investigator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.sexualsafety.cop.db.testing.Transitions;
import uk.sexualsafety.cop.db.testing.Unsaved;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every stage of an assignment against every step, without Spring or a database: the declaration comes first, then
 * each milestone in order; a withdrawn or closed assignment takes no step. A stage is UNSIGNED, SIGNED (declaration
 * only), the last milestone reached, or WITHDRAWN.
 */
class InvestigationAssignmentTest {

    private static final Instant NOW = Instant.parse("2026-11-10T10:00:00Z");

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(textBlock = """
            UNSIGNED,                  sign,                      SIGNED
            UNSIGNED,                  TERMS_OF_REFERENCE_AGREED, refused
            UNSIGNED,                  INTERVIEWS_DONE,           refused
            UNSIGNED,                  REPORT_DELIVERED,          refused
            UNSIGNED,                  CLOSED,                    refused
            UNSIGNED,                  withdraw,                  WITHDRAWN

            SIGNED,                    sign,                      refused
            SIGNED,                    TERMS_OF_REFERENCE_AGREED, TERMS_OF_REFERENCE_AGREED
            SIGNED,                    INTERVIEWS_DONE,           refused
            SIGNED,                    REPORT_DELIVERED,          refused
            SIGNED,                    CLOSED,                    refused
            SIGNED,                    withdraw,                  WITHDRAWN

            TERMS_OF_REFERENCE_AGREED, sign,                      refused
            TERMS_OF_REFERENCE_AGREED, TERMS_OF_REFERENCE_AGREED, refused
            TERMS_OF_REFERENCE_AGREED, INTERVIEWS_DONE,           INTERVIEWS_DONE
            TERMS_OF_REFERENCE_AGREED, REPORT_DELIVERED,          refused
            TERMS_OF_REFERENCE_AGREED, CLOSED,                    refused
            TERMS_OF_REFERENCE_AGREED, withdraw,                  WITHDRAWN

            INTERVIEWS_DONE,           sign,                      refused
            INTERVIEWS_DONE,           TERMS_OF_REFERENCE_AGREED, refused
            INTERVIEWS_DONE,           INTERVIEWS_DONE,           refused
            INTERVIEWS_DONE,           REPORT_DELIVERED,          REPORT_DELIVERED
            INTERVIEWS_DONE,           CLOSED,                    refused
            INTERVIEWS_DONE,           withdraw,                  WITHDRAWN

            REPORT_DELIVERED,          sign,                      refused
            REPORT_DELIVERED,          TERMS_OF_REFERENCE_AGREED, refused
            REPORT_DELIVERED,          INTERVIEWS_DONE,           refused
            REPORT_DELIVERED,          REPORT_DELIVERED,          refused
            REPORT_DELIVERED,          CLOSED,                    CLOSED
            REPORT_DELIVERED,          withdraw,                  WITHDRAWN

            CLOSED,                    sign,                      refused
            CLOSED,                    TERMS_OF_REFERENCE_AGREED, refused
            CLOSED,                    INTERVIEWS_DONE,           refused
            CLOSED,                    REPORT_DELIVERED,          refused
            CLOSED,                    CLOSED,                    refused
            CLOSED,                    withdraw,                  refused

            WITHDRAWN,                 sign,                      refused
            WITHDRAWN,                 TERMS_OF_REFERENCE_AGREED, refused
            WITHDRAWN,                 INTERVIEWS_DONE,           refused
            WITHDRAWN,                 REPORT_DELIVERED,          refused
            WITHDRAWN,                 CLOSED,                    refused
            WITHDRAWN,                 withdraw,                  refused
            """)
    void stepsAreTakenInOrderWhileTheAssignmentIsActive(String from, String step, String outcome) {
        InvestigationAssignment assignment = at(from);

        Transitions.expect(assignment, step, outcome, InvestigationAssignmentTest::apply,
                InvestigationAssignmentTest::stage);
        String now = stage(assignment);
        assertThat(assignment.isActive()).isEqualTo(!now.equals("CLOSED") && !now.equals("WITHDRAWN"));
    }

    @ParameterizedTest
    @EnumSource(value = OfferStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAcceptedOfferBecomesAnAssignment(OfferStatus status) {
        InvestigationOffer offer = PoolEntities.offer(status);

        assertThatThrownBy(() -> new InvestigationAssignment(offer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextMilestoneIsEmptyOnceClosed() {
        assertThat(at("SIGNED").nextMilestone()).contains(Milestone.TERMS_OF_REFERENCE_AGREED);
        assertThat(at("CLOSED").nextMilestone()).isEmpty();
    }

    private static void apply(InvestigationAssignment assignment, String step) {
        switch (step) {
            case "sign" -> assignment.signDeclaration("I have no conflict", NOW);
            case "withdraw" -> assignment.withdraw("Taken ill", NOW);
            default -> assignment.record(Milestone.valueOf(step), NOW);
        }
    }

    private static InvestigationAssignment at(String stage) {
        var assignment = new InvestigationAssignment(Unsaved.withId(PoolEntities.offer(OfferStatus.ACCEPTED), 11L));
        if (stage.equals("UNSIGNED")) {
            return assignment;
        }
        if (stage.equals("WITHDRAWN")) {
            assignment.withdraw("Taken ill", NOW);
            return assignment;
        }
        assignment.signDeclaration("I have no conflict", NOW);
        for (Milestone milestone : Milestone.values()) {
            if (stage.equals("SIGNED")) {
                break;
            }
            assignment.record(milestone, NOW);
            if (milestone.name().equals(stage)) {
                break;
            }
        }
        assertThat(stage(assignment)).as("set up").isEqualTo(stage);
        return assignment;
    }

    private static String stage(InvestigationAssignment assignment) {
        if (assignment.getWithdrawnAt() != null) {
            return "WITHDRAWN";
        }
        if (!assignment.isDeclarationSigned()) {
            return "UNSIGNED";
        }
        String stage = "SIGNED";
        for (Milestone milestone : Milestone.values()) {
            if (assignment.reachedAt(milestone).isPresent()) {
                stage = milestone.name();
            }
        }
        return stage;
    }
}
