package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A story's text behind its content warnings: the warnings first and the text only when the reader chooses, unless
 * their reading choices open it straight away. The text is set as text, so markup in a story is shown, never run.
 */
class StoryText extends Div {

    StoryText(String idSuffix, String text, List<ContentWarning> warnings, boolean openDirectly) {
        Paragraph body = new Paragraph(text);
        body.setId("story-text-" + idSuffix);
        body.addClassName("story-text");
        if (warnings.isEmpty() || openDirectly) {
            if (!warnings.isEmpty()) {
                add(warningLine(idSuffix, warnings));
            }
            add(body);
            return;
        }
        Div warning = new Div(warningLine(idSuffix, warnings), new Paragraph("Read it only when you feel ready. "
                + "You can stop at any point."));
        warning.addClassNames("notice", "notice-information");
        Button read = new Button("Show the story", click -> {
            click.getSource().setVisible(false);
            body.setVisible(true);
            body.getElement().setAttribute("tabindex", "-1");
            body.getElement().executeJs("this.focus()");
        });
        read.setId("show-story-" + idSuffix);
        body.setVisible(false);
        add(warning, read, body);
    }

    private static Paragraph warningLine(String idSuffix, List<ContentWarning> warnings) {
        Paragraph line = new Paragraph("Content warning: " + warnings.stream().map(ContentWarning::label)
                .collect(Collectors.joining(", ")));
        line.setId("content-warning-" + idSuffix);
        line.addClassName("lead");
        return line;
    }
}
