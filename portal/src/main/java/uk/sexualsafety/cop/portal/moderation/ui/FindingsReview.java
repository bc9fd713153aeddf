package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * One text with what the anonymiser found in it: the text as it will read, each replacement marked, and a choice per
 * finding to replace it or keep the original. Used by contributors before they submit and by moderators in review.
 * All text is set as text: a story containing markup shows it as typed.
 */
public class FindingsReview extends Composite<VerticalLayout> {

    private final String text;
    private final List<Finding> findings;
    private final List<Checkbox> choices = new ArrayList<>();
    private final Div preview = new Div();

    public FindingsReview(String idPrefix, String heading, String text, List<Finding> findings) {
        this.text = text;
        this.findings = List.copyOf(findings);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId(idPrefix + "-review");
        preview.setId(idPrefix + "-preview");
        preview.addClassName("finding-text");
        layout.add(new H3(heading));
        if (findings.isEmpty()) {
            Paragraph none = new Paragraph("Nothing here looks like it could identify someone. Read it through "
                    + "once more: the check cannot catch everything.");
            none.setId(idPrefix + "-no-findings");
            layout.add(none, preview);
        } else {
            Div list = new Div();
            list.setId(idPrefix + "-findings");
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                Checkbox replace = new Checkbox("Replace \u201C" + finding.text() + "\u201D with "
                        + finding.replacement() + " (" + finding.type().label() + ")", true);
                replace.setId(idPrefix + "-finding-" + i);
                replace.addValueChangeListener(change -> render());
                choices.add(replace);
                list.add(new Div(replace));
            }
            layout.add(preview, list);
        }
        render();
    }

    /** The findings the person chose to replace. */
    public List<Finding> accepted() {
        var accepted = new ArrayList<Finding>();
        for (int i = 0; i < findings.size(); i++) {
            if (choices.get(i).getValue()) {
                accepted.add(findings.get(i));
            }
        }
        return accepted;
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }

    /**
     * Shows the text as it will read: accepted replacements marked, kept originals underlined. Of overlapping
     * findings the first is shown, as the anonymiser applies them.
     */
    private void render() {
        preview.removeAll();
        int position = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.start() < position) {
                continue;
            }
            preview.add(new Span(text.substring(position, finding.start())));
            boolean replaced = choices.get(i).getValue();
            Element mark = new Element(replaced ? "mark" : "span")
                    .setText(replaced ? finding.replacement() : finding.text());
            mark.getClassList().add(replaced ? "finding-replaced" : "finding-kept");
            preview.getElement().appendChild(mark);
            position = finding.end();
        }
        preview.add(new Span(text.substring(position)));
    }
}
