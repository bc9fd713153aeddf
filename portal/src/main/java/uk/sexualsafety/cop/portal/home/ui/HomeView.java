package uk.sexualsafety.cop.portal.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.member.ui.JoinView;

/** What the community is, what this portal is not, and where to get help now. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home | Sexual Safety Community of Practice")
@Menu(order = 0, title = "Home")
@AnonymousAllowed
public class HomeView extends VerticalLayout {

    HomeView() {
        setMaxWidth("60rem");
        add(new H1("National Ambulance Sexual Safety Community of Practice"),
                about(), notAReportingChannel(), getHelpNow(), join());
    }

    private static Section about() {
        return new Section(
                new Paragraph("A community for people professionals across UK ambulance services and the wider NHS "
                        + "who are working to prevent sexual harassment and misconduct at work. Members share "
                        + "anonymised case studies and local policies, learn from the lived experience of colleagues, "
                        + "and find independent investigators through a pool shared across integrated care boards."),
                new Paragraph("Since 26 October 2024 employers in Great Britain have had a legal duty to take "
                        + "reasonable steps to prevent sexual harassment of their staff, including by patients and "
                        + "the public. This community helps organisations meet that duty and the commitments of the "
                        + "Sexual Safety in Healthcare Organisational Charter."));
    }

    private static Section notAReportingChannel() {
        Section section = new Section(new H2("This portal is not a way to report an incident"),
                new Paragraph("Nothing you share here is passed to your employer, the police or a safeguarding team, "
                        + "and this portal does not replace them. To report something that happened to you or that "
                        + "you saw, use your organisation's own reporting routes or the options below."));
        section.setId("not-a-reporting-channel");
        return section;
    }

    private static Section getHelpNow() {
        UnorderedList options = new UnorderedList(
                item("In an emergency, or if someone is in immediate danger: ", "call 999."),
                item("To report to the police when it is not an emergency: ", "call 101."),
                item("At work: ", "your organisation's reporting routes, your line manager or another manager you "
                        + "trust, your HR or employee relations team, or your trade union representative."),
                item("Freedom to Speak Up: ", "your organisation's Freedom to Speak Up guardian can listen in "
                        + "confidence and help you raise a concern outside your line management."),
                item("Rape Crisis (England and Wales): ", "free 24-hour support line on 0808 500 2222."),
                item("Rape Crisis Scotland: ", "free helpline on 08088 01 03 02."),
                item("Samaritans: ", "call 116 123, free, any time, day or night."),
                item("Shout: ", "text SHOUT to 85258 for free, confidential support by text."),
                item("NHS 111: ", "for urgent medical help and to find a sexual assault referral centre near you."));
        Section section = new Section(new H2("Get help now"), options,
                new Paragraph(new Span("Your organisation's occupational health and employee assistance "
                        + "programme can also offer support, as can "),
                        new Anchor("https://www.nhs.uk/live-well/sexual-health/help-after-rape-and-sexual-assault/",
                                "the NHS guide to help after rape and sexual assault"),
                        new Span(".")));
        section.setId("get-help-now");
        return section;
    }

    private static ListItem item(String lead, String text) {
        Span strong = new Span(lead);
        strong.addClassName("lead");
        return new ListItem(strong, new Span(text));
    }

    private static Section join() {
        Paragraph invitation = new Paragraph("Work in the NHS on sexual safety, HR, employee relations, Freedom to "
                + "Speak Up, safeguarding or wellbeing? ");
        invitation.add(new RouterLink("Ask to join the community", JoinView.class));
        return new Section(new H2("Join the community"), invitation);
    }
}
