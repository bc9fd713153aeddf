package uk.sexualsafety.cop.portal.casestudy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.caseStudy;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.titleOnly;

class CaseStudyValidationTest {

    @Test
    void textsAreCleanedTrimmedAndEmptyOnesBecomeAbsent() {
        CaseStudyDraft draft = caseStudy().titled("  A title\u200B  ").summarised(" \t ")
                .asking("  First? ", "   ", "Second?").draft();

        CaseStudyDraft normalised = CaseStudyValidation.normalise(draft);

        assertThat(normalised.title()).isEqualTo("A title");
        assertThat(normalised.summary()).isNull();
        assertThat(normalised.reflectionQuestions()).containsExactly("First?", "Second?");
        assertThat(normalised.texts()).containsEntry(CaseStudyDraft.questionKey(2), "Second?")
                .doesNotContainKey(CaseStudyDraft.questionKey(3));
    }

    @Test
    void aCompleteDraftBecomesContentAndBackToTheSameDraft() {
        CaseStudyDraft draft = CaseStudyValidation.normalise(caseStudy().namingTheOrganisation().draft());

        CaseStudyContent content = CaseStudyValidation.submissionContent(draft, 42L);

        assertThat(content.setting().namedOrganisationId()).isEqualTo(42L);
        assertThat(CaseStudyValidation.draftOf(content)).isEqualTo(draft);
    }

    @Test
    void anUnnamedSettingKeepsNoOrganisationEvenWhenTheAuthorHasOne() {
        CaseStudyContent content = CaseStudyValidation.submissionContent(
                CaseStudyValidation.normalise(caseStudy().draft()), 42L);

        assertThat(content.setting().namedOrganisationId()).isNull();
    }

    @Test
    void namingAnOrganisationNeedsAnAccountLinkedToOne() {
        assertThatThrownBy(() -> CaseStudyValidation.draftContent(
                CaseStudyValidation.normalise(caseStudy().namingTheOrganisation().draft()), null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.problems()).containsOnlyKeys("showOrganisation"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -1})
    void onlyTheTenCharterCommitmentsCanBeChosen(int number) {
        assertThatThrownBy(() -> CaseStudyValidation.draftContent(
                CaseStudyValidation.normalise(caseStudy().commitments(number).draft()), null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.problems()).containsOnlyKeys("charterCommitments"));
    }

    @Test
    void textsLongerThanTheirLimitAreRefusedFieldByField() {
        String tooLong = "a".repeat(CaseStudyDraft.MAX_TEXT + 1);
        CaseStudyDraft draft = caseStudy().titled("t".repeat(CaseStudyDraft.MAX_TITLE + 1)).draft()
                .withTexts(Map.of("outcome", tooLong));

        assertThatThrownBy(() -> CaseStudyValidation.draftContent(CaseStudyValidation.normalise(draft), null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsOnlyKeys("title", "outcome")
                        .containsEntry("outcome", "Use no more than 8000 characters"));
    }

    @Test
    void atMostTenReflectionQuestions() {
        List<String> questions = new ArrayList<>(Collections.nCopies(CaseStudyDraft.MAX_QUESTIONS + 1, "Why?"));
        CaseStudyDraft draft = caseStudy().asking(questions.toArray(String[]::new)).draft();

        assertThatThrownBy(() -> CaseStudyValidation.submissionContent(CaseStudyValidation.normalise(draft), null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.problems()).containsOnlyKeys("reflectionQuestions"));
    }

    @Test
    void aDraftWithATitleAloneIsSavedButNotSent() {
        CaseStudyDraft draft = CaseStudyValidation.normalise(titleOnly("Just started"));

        assertThat(CaseStudyValidation.draftContent(draft, null).title()).isEqualTo("Just started");
        assertThatThrownBy(() -> CaseStudyValidation.submissionContent(draft, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
