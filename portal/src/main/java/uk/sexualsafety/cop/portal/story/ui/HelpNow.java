package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Where to get help now, shown when a story suggests someone may be at risk. */
class HelpNow extends Div {

    HelpNow() {
        setId("help-now");
        addClassNames("notice", "notice-problem");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "help-now-heading");
        H2 heading = new H2("If you or someone else is not safe right now");
        heading.setId("help-now-heading");
        add(heading,
                new Paragraph("Something in your story suggests someone may be at risk now. Moderators will look at "
                        + "it first, but they cannot reach you. Please do not wait for them:"),
                new UnorderedList(
                        new ListItem("In an emergency, or if someone is in danger now, call 999."),
                        new ListItem("Samaritans: call 116 123, free, day or night."),
                        new ListItem("Shout: text SHOUT to 85258 for free, confidential support by text."),
                        new ListItem("Rape and Sexual Abuse Support Line: call 0808 500 2222, any time."),
                        new ListItem("NHS 111 for urgent help that is not an emergency."),
                        new ListItem("At work: your Freedom to Speak Up guardian, your staff wellbeing service or "
                                + "your employee assistance programme.")));
    }
}
