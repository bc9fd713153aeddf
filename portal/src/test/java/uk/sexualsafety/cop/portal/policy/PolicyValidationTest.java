package uk.sexualsafety.cop.portal.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 4, 1);

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(form("", "1.0", EFFECTIVE, EFFECTIVE.plusYears(3), "Summary", true, true),
                        Map.of("title", "Enter the policy's title")),
                Arguments.of(form("Title", "1.0", EFFECTIVE, EFFECTIVE.plusYears(3), "Summary", false, true),
                        Map.of("type", "Choose what kind of policy this is")),
                Arguments.of(form("Title", "1.0", EFFECTIVE, EFFECTIVE.minusDays(1), "Summary", true, true),
                        Map.of("reviewDueOn", "The next review cannot be before the date this version takes "
                                + "effect (1 April 2025)")),
                Arguments.of(form("Title", " ", null, null, "  ", true, false), Map.of(
                        "versionLabel", "Enter the version, such as 2.1 or \u201CMarch 2026\u201D",
                        "effectiveOn", "Enter the date this version takes effect",
                        "reviewDueOn", "Enter the date of the next review",
                        "summary", "Write a short summary in plain English: what the policy covers and who it is "
                                + "for",
                        "file", "Choose the policy's file: a PDF, a Word document (.docx) or an OpenDocument "
                                + "text (.odt)")),
                Arguments.of(form("T".repeat(201), "1.0", LocalDate.of(1985, 1, 1), LocalDate.of(2040, 1, 1),
                        "Summary", true, true), Map.of(
                        "title", "Use no more than 200 characters",
                        "effectiveOn", "Check the year: the date cannot be before 1 January 1990",
                        "reviewDueOn", "Choose a date within 10 years: policies are reviewed at least that often")));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void eachProblemIsWordedForItsField(PolicyForm form, Map<String, String> expected) {
        assertThatThrownBy(() -> PolicyValidation.check(form, TODAY).throwIfAny())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).isEqualTo(expected));
    }

    @Test
    void aCompleteFormHasNoProblemsEvenWithAReviewDateInThePast() {
        // An old policy shared as it stands is accepted and shown as overdue, not refused.
        Problems problems = PolicyValidation.check(form("Title", "3", EFFECTIVE, EFFECTIVE, "Summary", true, true),
                TODAY);

        problems.throwIfAny();
        assertThat(problems.has("reviewDueOn")).isFalse();
    }

    @Test
    void commitmentsOutsideTheTenAreRefused() {
        PolicyDetailsForm details = new PolicyDetailsForm("Title", uk.sexualsafety.cop.db.policy.PolicyType.OTHER,
                "Summary", Set.of(0, 11), false, EFFECTIVE.plusYears(1));

        assertThat(PolicyValidation.details(details, EFFECTIVE, TODAY).has("commitments")).isTrue();
    }

    private static PolicyForm form(String title, String label, LocalDate effective, LocalDate review,
                                   String summary, boolean typed, boolean withFile) {
        return new PolicyForm(title, typed ? uk.sexualsafety.cop.db.policy.PolicyType.SEXUAL_MISCONDUCT : null,
                label, effective, review, summary, Set.of(6), false,
                withFile ? new UploadedFile("p.pdf", java.nio.file.Path.of("p.pdf"), 1) : null);
    }
}
