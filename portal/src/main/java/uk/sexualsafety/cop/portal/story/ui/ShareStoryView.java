package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.layout.ClientAddress;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.story.SubmissionReceipt;
import uk.sexualsafety.cop.portal.story.StorySubmissions;

/** Share a lived-experience story, anonymously or linked to an account; nothing is stored until it is sent. */
@Route(value = "stories/share", layout = MainLayout.class)
@PageTitle("Share your story | Sexual Safety Community of Practice")
@Menu(order = 30, title = "Share your story")
@AnonymousAllowed
class ShareStoryView extends VerticalLayout {

    private final StorySubmissions submissions;

    ShareStoryView(StorySubmissions submissions, CurrentUser currentUser) {
        this.submissions = submissions;
        setMaxWidth("52rem");
        boolean signedIn = currentUser.get().isPresent();
        StoryEditor editor = new StoryEditor(submissions, signedIn, "Send this version to the moderators",
                (draft, approved) -> showReceipt(submissions.submit(draft, approved, ClientAddress.current())));
        add(new H1("Share your story"),
                new Paragraph("Your experience can help others understand, speak up and change how ambulance services "
                        + "and the NHS respond to sexual harassment and abuse. You are in control: share only what "
                        + "you want to, take a break whenever you need one, and nothing is saved until you send it."),
                new Paragraph("Two moderators read every story before anyone else can. They take out anything that "
                        + "could identify you or others, and they may ask you to change something first."),
                editor);
    }

    private void showReceipt(SubmissionReceipt receipt) {
        removeAll();
        H2 heading = new H2("Thank you for sharing your story");
        heading.setId("story-submitted");
        add(heading);
        if (receipt.urgent()) {
            add(new HelpNow());
        }
        add(new Paragraph("Two moderators will read it, usually within three working days. It will not be shown to "
                + "anyone else until they have both approved it."));
        receipt.receipt().ifPresentOrElse(code -> showCodes(code, receipt.recovery().orElseThrow()),
                () -> add(new Paragraph("Your story is linked to your account: you can follow it on the "
                        + "\u201CYour story\u201D page whenever you are signed in.")));
        add(new RouterLink("Go to your story page", YourStoryView.class));
    }

    private void showCodes(String receiptCode, String recoveryCode) {
        add(Notice.problem("codes-shown-once", "These two codes are shown only this once. We do not know who you "
                        + "are, so we cannot send them to you or find them again. Copy them somewhere safe now."),
                code("receipt-code", "Your receipt code: to see your story, edit it or withdraw it", receiptCode),
                code("recovery-code", "Your recovery code: to get a new receipt code if you lose it", recoveryCode));
    }

    private HorizontalLayout code(String id, String label, String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(true);
        field.addClassName("code-to-keep");
        Button copy = new Button("Copy", click -> field.getElement().executeJs(
                "navigator.clipboard && navigator.clipboard.writeText($0)", value));
        copy.setId(id + "-copy");
        copy.getElement().setAttribute("aria-label", "Copy " + label.substring(0, label.indexOf(':')).toLowerCase());
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("code-row");
        return row;
    }
}
