package uk.sexualsafety.cop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import uk.sexualsafety.cop.portal.assessment.SelfAssessments;
import uk.sexualsafety.cop.portal.moderation.ui.FindingsReview;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.function.Consumer;

/**
 * The anonymiser's preview of an evidence narrative, as a case study's author sees theirs: each finding marked with
 * its replacement, to accept or keep. "Use this version" puts the text back in the form; nothing is saved here.
 */
class EvidenceCheckDialog extends Dialog {

    EvidenceCheckDialog(SelfAssessments assessments, String narrative, Consumer<String> use) {
        setId("evidence-check-dialog");
        setHeaderTitle("Check for identifying details");
        setWidth("min(44rem, 95vw)");
        FindingsReview review = new FindingsReview("evidence-check", "Evidence as it will read", narrative,
                assessments.checkEvidence(narrative));
        Paragraph problem = new Paragraph();
        problem.setId("evidence-check-problem");
        add(review, problem);
        Button apply = new Button("Use this version", click -> {
            try {
                use.accept(assessments.applyReplacements(narrative, review.accepted()));
                close();
            } catch (InvalidInputException changed) {
                problem.setText(changed.problems().values().iterator().next());
            }
        });
        apply.setId("evidence-check-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("evidence-check-cancel");
        getFooter().add(cancel, apply);
    }
}
