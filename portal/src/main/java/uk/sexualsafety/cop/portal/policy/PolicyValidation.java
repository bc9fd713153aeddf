package uk.sexualsafety.cop.portal.policy;

import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.LocalDate;
import java.util.Set;

/** The checks on what members type about a policy, each problem worded for the field it belongs to. */
final class PolicyValidation {

    /** A policy in force before this is surely a typing slip. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final int MAX_YEARS_AHEAD = 5;
    static final int MAX_YEARS_BETWEEN_REVIEWS = 10;

    private PolicyValidation() {
    }

    /** Every problem with a new policy or a new version, with the file required. */
    static Problems check(PolicyForm form, LocalDate today) {
        Problems problems = details(form.details(), form.effectiveOn(), today);
        problems.requireText(PolicyForm.VERSION_LABEL, form.versionLabel(), PolicyForm.MAX_VERSION_LABEL,
                "Enter the version, such as 2.1 or \u201CMarch 2026\u201D");
        if (form.effectiveOn() == null) {
            problems.add(PolicyForm.EFFECTIVE_ON, "Enter the date this version takes effect");
        } else if (form.effectiveOn().isBefore(EARLIEST)) {
            problems.add(PolicyForm.EFFECTIVE_ON,
                    "Check the year: the date cannot be before " + PolicyDates.format(EARLIEST));
        } else if (form.effectiveOn().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            problems.add(PolicyForm.EFFECTIVE_ON, "Check the year: the date is more than " + MAX_YEARS_AHEAD
                    + " years from now");
        }
        if (form.file() == null || form.file().size() == 0) {
            problems.add(PolicyForm.FILE, "Choose the policy's file: a PDF, a Word document (.docx) or an OpenDocument "
                    + "text (.odt)");
        }
        return problems;
    }

    /** Every problem with a policy's description and its current version's next review date. */
    static Problems details(PolicyDetailsForm form, LocalDate effectiveOn, LocalDate today) {
        Problems problems = new Problems();
        problems.requireText(PolicyForm.TITLE, form.title(), PolicyForm.MAX_TITLE, "Enter the policy's title");
        if (form.type() == null) {
            problems.add(PolicyForm.TYPE, "Choose what kind of policy this is");
        }
        problems.requireText(PolicyForm.SUMMARY, form.summary(), PolicyForm.MAX_SUMMARY,
                "Write a short summary in plain English: what the policy covers and who it is for");
        if (!commitmentsValid(form.commitments())) {
            problems.add(PolicyForm.COMMITMENTS, "Choose from the ten Charter commitments");
        }
        if (form.reviewDueOn() == null) {
            problems.add(PolicyForm.REVIEW_DUE_ON, "Enter the date of the next review");
        } else if (effectiveOn != null && form.reviewDueOn().isBefore(effectiveOn)) {
            problems.add(PolicyForm.REVIEW_DUE_ON,
                    "The next review cannot be before the date this version takes effect ("
                    + PolicyDates.format(effectiveOn) + ")");
        } else if (form.reviewDueOn().isAfter(today.plusYears(MAX_YEARS_BETWEEN_REVIEWS))) {
            problems.add(PolicyForm.REVIEW_DUE_ON, "Choose a date within " + MAX_YEARS_BETWEEN_REVIEWS
                    + " years: policies are reviewed at least that often");
        }
        return problems;
    }

    private static boolean commitmentsValid(Set<Integer> commitments) {
        return commitments.stream().allMatch(number -> number != null && number >= 1 && number <= 10);
    }
}
