package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.component.html.Div;

/**
 * A message in the page rather than a toast: it stays until the person has read it, and assistive technology
 * announces it (role alert for problems, status for news). The text is always set as text, never as HTML.
 */
public class Notice extends Div {

    private Notice(String id, String text, String role, String variant) {
        setId(id);
        setText(text);
        getElement().setAttribute("role", role);
        addClassNames("notice", "notice-" + variant);
    }

    /** Moves focus to the notice, so that whoever acted lower down the page sees and hears the outcome. */
    public Notice focused() {
        getElement().setAttribute("tabindex", "-1");
        getElement().executeJs("this.focus()");
        return this;
    }

    public static Notice problem(String id, String text) {
        return new Notice(id, text, "alert", "problem");
    }

    public static Notice information(String id, String text) {
        return new Notice(id, text, "status", "information");
    }

    public static Notice success(String id, String text) {
        return new Notice(id, text, "status", "success");
    }
}
