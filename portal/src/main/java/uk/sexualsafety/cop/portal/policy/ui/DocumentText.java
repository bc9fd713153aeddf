package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.sexualsafety.cop.portal.layout.Notice;

import java.util.List;

/**
 * A policy's text as the file gave it: a paragraph element per paragraph, set as text so that nothing in a document
 * can become markup. Very long documents show their first paragraphs and point to the file for the rest.
 */
class DocumentText extends Div {

    static final int MAX_PARAGRAPHS = 2_000;

    DocumentText(String id, List<String> paragraphs, boolean truncated) {
        setId(id);
        addClassName("document-text");
        boolean cut = truncated || paragraphs.size() > MAX_PARAGRAPHS;
        paragraphs.stream().limit(MAX_PARAGRAPHS).forEach(text -> add(new Paragraph(text)));
        if (cut) {
            add(Notice.information(id + "-more", "This shows the first part of the policy only. Download the file "
                    + "to read all of it."));
        }
    }
}
