package uk.sexualsafety.cop.db.casestudy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.testing.Transitions;
import uk.sexualsafety.cop.db.testing.Unsaved;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status of a case study (with the state of a published one's revision after the slash) against every change,
 * without Spring or a database: the resulting state, or "refused" when the entity throws and stays as it was.
 */
class CaseStudyTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(textBlock = """
            DRAFT,                       writeDraft,      DRAFT
            IN_REVIEW,                   writeDraft,      refused
            CHANGES_REQUESTED,           writeDraft,      CHANGES_REQUESTED
            PUBLISHED,                   writeDraft,      PUBLISHED/DRAFT
            PUBLISHED/DRAFT,             writeDraft,      PUBLISHED/DRAFT
            PUBLISHED/IN_REVIEW,         writeDraft,      refused
            PUBLISHED/CHANGES_REQUESTED, writeDraft,      PUBLISHED/CHANGES_REQUESTED
            REJECTED,                    writeDraft,      refused
            ARCHIVED,                    writeDraft,      refused
            WITHDRAWN,                   writeDraft,      refused

            DRAFT,                       submit,          IN_REVIEW
            IN_REVIEW,                   submit,          IN_REVIEW
            CHANGES_REQUESTED,           submit,          IN_REVIEW
            PUBLISHED,                   submit,          PUBLISHED/IN_REVIEW
            PUBLISHED/DRAFT,             submit,          PUBLISHED/IN_REVIEW
            PUBLISHED/IN_REVIEW,         submit,          PUBLISHED/IN_REVIEW
            PUBLISHED/CHANGES_REQUESTED, submit,          PUBLISHED/IN_REVIEW
            REJECTED,                    submit,          refused
            ARCHIVED,                    submit,          refused
            WITHDRAWN,                   submit,          refused

            DRAFT,                       editByModerator, refused
            IN_REVIEW,                   editByModerator, IN_REVIEW
            CHANGES_REQUESTED,           editByModerator, refused
            PUBLISHED,                   editByModerator, refused
            PUBLISHED/DRAFT,             editByModerator, refused
            PUBLISHED/IN_REVIEW,         editByModerator, PUBLISHED/IN_REVIEW
            PUBLISHED/CHANGES_REQUESTED, editByModerator, refused
            REJECTED,                    editByModerator, refused
            ARCHIVED,                    editByModerator, refused
            WITHDRAWN,                   editByModerator, refused

            DRAFT,                       requestChanges,  refused
            IN_REVIEW,                   requestChanges,  CHANGES_REQUESTED
            CHANGES_REQUESTED,           requestChanges,  refused
            PUBLISHED,                   requestChanges,  CHANGES_REQUESTED
            PUBLISHED/DRAFT,             requestChanges,  CHANGES_REQUESTED
            PUBLISHED/IN_REVIEW,         requestChanges,  PUBLISHED/CHANGES_REQUESTED
            PUBLISHED/CHANGES_REQUESTED, requestChanges,  CHANGES_REQUESTED
            REJECTED,                    requestChanges,  REJECTED
            ARCHIVED,                    requestChanges,  ARCHIVED
            WITHDRAWN,                   requestChanges,  WITHDRAWN

            DRAFT,                       publish,         refused
            IN_REVIEW,                   publish,         PUBLISHED
            CHANGES_REQUESTED,           publish,         refused
            PUBLISHED,                   publish,         refused
            PUBLISHED/DRAFT,             publish,         refused
            PUBLISHED/IN_REVIEW,         publish,         PUBLISHED
            PUBLISHED/CHANGES_REQUESTED, publish,         refused
            REJECTED,                    publish,         refused
            ARCHIVED,                    publish,         refused
            WITHDRAWN,                   publish,         refused

            DRAFT,                       reject,          REJECTED
            IN_REVIEW,                   reject,          REJECTED
            CHANGES_REQUESTED,           reject,          REJECTED
            PUBLISHED,                   reject,          PUBLISHED
            PUBLISHED/DRAFT,             reject,          PUBLISHED
            PUBLISHED/IN_REVIEW,         reject,          PUBLISHED
            PUBLISHED/CHANGES_REQUESTED, reject,          PUBLISHED
            REJECTED,                    reject,          REJECTED
            ARCHIVED,                    reject,          ARCHIVED
            WITHDRAWN,                   reject,          WITHDRAWN

            DRAFT,                       discardRevision, refused
            IN_REVIEW,                   discardRevision, refused
            CHANGES_REQUESTED,           discardRevision, refused
            PUBLISHED,                   discardRevision, refused
            PUBLISHED/DRAFT,             discardRevision, PUBLISHED
            PUBLISHED/IN_REVIEW,         discardRevision, refused
            PUBLISHED/CHANGES_REQUESTED, discardRevision, PUBLISHED
            REJECTED,                    discardRevision, refused
            ARCHIVED,                    discardRevision, refused
            WITHDRAWN,                   discardRevision, refused

            DRAFT,                       archive,         refused
            IN_REVIEW,                   archive,         refused
            CHANGES_REQUESTED,           archive,         refused
            PUBLISHED,                   archive,         ARCHIVED
            PUBLISHED/DRAFT,             archive,         ARCHIVED
            PUBLISHED/IN_REVIEW,         archive,         refused
            PUBLISHED/CHANGES_REQUESTED, archive,         ARCHIVED
            REJECTED,                    archive,         refused
            ARCHIVED,                    archive,         refused
            WITHDRAWN,                   archive,         refused

            DRAFT,                       withdraw,        refused
            IN_REVIEW,                   withdraw,        WITHDRAWN
            CHANGES_REQUESTED,           withdraw,        WITHDRAWN
            PUBLISHED,                   withdraw,        WITHDRAWN
            PUBLISHED/DRAFT,             withdraw,        WITHDRAWN
            PUBLISHED/IN_REVIEW,         withdraw,        WITHDRAWN
            PUBLISHED/CHANGES_REQUESTED, withdraw,        WITHDRAWN
            REJECTED,                    withdraw,        WITHDRAWN
            ARCHIVED,                    withdraw,        WITHDRAWN
            WITHDRAWN,                   withdraw,        refused

            DRAFT,                       prepareDeletion, DRAFT
            IN_REVIEW,                   prepareDeletion, refused
            CHANGES_REQUESTED,           prepareDeletion, refused
            PUBLISHED,                   prepareDeletion, refused
            PUBLISHED/DRAFT,             prepareDeletion, refused
            PUBLISHED/IN_REVIEW,         prepareDeletion, refused
            PUBLISHED/CHANGES_REQUESTED, prepareDeletion, refused
            REJECTED,                    prepareDeletion, refused
            ARCHIVED,                    prepareDeletion, refused
            WITHDRAWN,                   prepareDeletion, refused
            """)
    void eachChangeIsAllowedOnlyFromTheStatusesThatPermitIt(String from, String change, String outcome) {
        CaseStudy caseStudy = in(from);

        Transitions.expect(caseStudy, change, outcome, CaseStudyTest::apply, CaseStudyTest::state);
    }

    @Test
    void anApprovedRevisionBecomesTheNextVersionAndTheFirstStays() {
        CaseStudy caseStudy = in("PUBLISHED/IN_REVIEW");

        caseStudy.publish(LocalDate.of(2026, 11, 3), NOW);

        assertThat(caseStudy.getPublishedVersions()).extracting(v -> v.getNumber().orElseThrow())
                .containsExactly(1, 2);
        assertThat(caseStudy.getWorkingVersion()).isEmpty();
        assertThat(caseStudy.getFirstPublishedOn()).contains(LocalDate.of(2026, 11, 2));
    }

    @Test
    void aPublishedCaseStudyTakenDownComesBackAsAWorkingCopyOfItsNewestVersion() {
        CaseStudy caseStudy = in("PUBLISHED");

        caseStudy.requestChanges("Please name no ward", NOW);

        assertThat(caseStudy.getWorkingVersion()).map(CaseStudyVersion::getTitle).contains("Version 1");
        assertThat(caseStudy.getModeratorMessage()).contains("Please name no ward");
        assertThat(caseStudy.isPublished()).isFalse();
    }

    private static void apply(CaseStudy caseStudy, String change) {
        switch (change) {
            case "writeDraft" -> caseStudy.writeDraft(CaseStudyContent.titled("Edited"), NOW);
            case "submit" -> caseStudy.submit(CaseStudyContent.titled("Sent"), NOW);
            case "editByModerator" -> caseStudy.editByModerator(CaseStudyContent.titled("Anonymised"), NOW);
            case "requestChanges" -> caseStudy.requestChanges("Please change", NOW);
            case "publish" -> caseStudy.publish(LocalDate.of(2026, 11, 2), NOW);
            case "reject" -> caseStudy.reject("Not for the library", NOW);
            case "discardRevision" -> caseStudy.discardRevision(NOW);
            case "archive" -> caseStudy.archive(NOW);
            case "withdraw" -> caseStudy.withdraw(NOW);
            case "prepareDeletion" -> caseStudy.prepareDeletion();
            default -> throw new IllegalArgumentException(change);
        }
    }

    /** A case study brought to {@code state} through the changes an author and a moderator would make. */
    private static CaseStudy in(String state) {
        CaseStudy caseStudy = Unsaved.withId(new CaseStudy(7L, NOW), 1L);
        caseStudy.writeDraft(CaseStudyContent.titled("Version 1"), NOW);
        if (state.equals("DRAFT")) {
            return caseStudy;
        }
        caseStudy.submit(CaseStudyContent.titled("Version 1"), NOW);
        switch (state) {
            case "IN_REVIEW" -> {
            }
            case "CHANGES_REQUESTED" -> caseStudy.requestChanges("Please change", NOW);
            case "REJECTED" -> caseStudy.reject("Not for the library", NOW);
            default -> {
                caseStudy.publish(LocalDate.of(2026, 11, 2), NOW);
                switch (state) {
                    case "PUBLISHED" -> {
                    }
                    case "PUBLISHED/DRAFT" -> caseStudy.writeDraft(CaseStudyContent.titled("Version 2"), NOW);
                    case "PUBLISHED/IN_REVIEW" -> caseStudy.submit(CaseStudyContent.titled("Version 2"), NOW);
                    case "PUBLISHED/CHANGES_REQUESTED" -> {
                        caseStudy.submit(CaseStudyContent.titled("Version 2"), NOW);
                        caseStudy.requestChanges("Please change", NOW);
                    }
                    case "ARCHIVED" -> caseStudy.archive(NOW);
                    case "WITHDRAWN" -> caseStudy.withdraw(NOW);
                    default -> throw new IllegalArgumentException(state);
                }
            }
        }
        assertThat(state(caseStudy)).as("set up").isEqualTo(state);
        return caseStudy;
    }

    private static String state(CaseStudy caseStudy) {
        return caseStudy.getStatus() + caseStudy.getRevisionStatus().map(revision -> "/" + revision).orElse("");
    }
}
