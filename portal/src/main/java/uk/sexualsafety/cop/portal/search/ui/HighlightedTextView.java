package uk.sexualsafety.cop.portal.search.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import uk.sexualsafety.cop.search.HighlightedText;

/** Shows a snippet with its matched words in {@code <mark>}; every part is set as text, never as markup. */
final class HighlightedTextView extends Span {

    HighlightedTextView(HighlightedText text) {
        for (HighlightedText.Part part : text.parts()) {
            if (part.highlighted()) {
                Element mark = new Element("mark");
                mark.setText(part.text());
                getElement().appendChild(mark);
            } else {
                getElement().appendChild(Element.createText(part.text()));
            }
        }
    }
}
