package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.portal.moderation.FieldFindings;

import java.util.List;

/**
 * The author's case study as checked before sending: the draft as it will be stored (texts cleaned and trimmed),
 * what the anonymiser found in each of its texts, and whether anything suggests someone is at risk now.
 */
public record CaseStudyCheck(CaseStudyDraft checked, List<FieldFindings> texts, boolean suggestsImmediateRisk) {

    public CaseStudyCheck {
        texts = List.copyOf(texts);
    }

    public boolean hasFindings() {
        return texts.stream().anyMatch(text -> !text.findings().isEmpty());
    }
}
