package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.db.story.StoryStatus;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.layout.ClientAddress;
import uk.sexualsafety.cop.portal.layout.ConfirmationDialog;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.story.ContributorAccess;
import uk.sexualsafety.cop.portal.story.ContributorStory;
import uk.sexualsafety.cop.portal.story.StoryNotFoundException;
import uk.sexualsafety.cop.portal.story.StorySubmissions;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;

import java.util.List;

/**
 * A contributor's own story: opened with the receipt code (or, for linked stories, from the account), showing its
 * state and the moderators' message, with edit, resubmit and withdraw. The code never appears in the address bar.
 */
@Route(value = "stories/your-story", layout = MainLayout.class)
@PageTitle("Your story | Sexual Safety Community of Practice")
@Menu(order = 35, title = "Your story")
@AnonymousAllowed
class YourStoryView extends VerticalLayout {

    private final StorySubmissions submissions;
    private final boolean signedIn;
    private final Div messages = new Div();
    private final VerticalLayout content = new VerticalLayout();
    private ContributorAccess access;

    YourStoryView(StorySubmissions submissions, CurrentUser currentUser) {
        this.submissions = submissions;
        this.signedIn = currentUser.get().isPresent();
        setMaxWidth("52rem");
        content.setPadding(false);
        add(new H1("Your story"), messages, content);
        showEntry();
    }

    private void showEntry() {
        content.removeAll();
        TextField receipt = new TextField("Receipt code");
        receipt.setId("receipt-code-input");
        receipt.setWidth("24rem");
        receipt.setHelperText("The code you were given when you sent your story, for example 7K2M-...");
        receipt.getElement().setAttribute("autocomplete", "off");
        Button open = new Button("Open my story", click -> open(ContributorAccess.receiptCode(receipt.getValue())));
        open.setId("open-story");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph("Enter your receipt code to see what the moderators said, edit your story or "
                + "withdraw it."), receipt, open);
        if (signedIn) {
            showOwnStories();
        }
        TextField recovery = new TextField("Recovery code");
        recovery.setId("recovery-code-input");
        recovery.setWidth("24rem");
        recovery.getElement().setAttribute("autocomplete", "off");
        Button recover = new Button("Get a new receipt code", click -> recover(recovery.getValue()));
        recover.setId("recover");
        content.add(new H2("Lost your receipt code?"), new Paragraph("Enter the recovery code you were given with "
                + "it. You will get a new receipt code, and the old one will stop working."), recovery, recover);
    }

    private void showOwnStories() {
        List<ContributorStory> own = submissions.ownStories();
        if (own.isEmpty()) {
            return;
        }
        VerticalLayout list = new VerticalLayout();
        list.setId("own-stories");
        list.setPadding(false);
        for (ContributorStory story : own) {
            Button openOwn = new Button(story.title() + " (" + story.status().label() + ")",
                    click -> open(ContributorAccess.ownStory(story.id())));
            openOwn.setId("own-story-" + story.id());
            openOwn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(openOwn);
        }
        content.add(new H2("Stories linked to your account"), list);
    }

    private void open(ContributorAccess candidate) {
        messages.removeAll();
        try {
            ContributorStory story = submissions.open(candidate, ClientAddress.current());
            access = candidate;
            show(story);
        } catch (StoryNotFoundException | TooManyAttemptsException problem) {
            messages.add(Notice.problem("code-problem", problem.getMessage()));
        }
    }

    private void recover(String recoveryCode) {
        messages.removeAll();
        try {
            String newCode = submissions.replaceReceiptCode(recoveryCode, ClientAddress.current());
            TextField code = new TextField("Your new receipt code");
            code.setId("new-receipt-code");
            code.setValue(newCode);
            code.setReadOnly(true);
            code.addClassName("code-to-keep");
            messages.add(Notice.success("new-code-issued", "Here is your new receipt code. It is shown only this "
                    + "once: copy it somewhere safe. Your old receipt code no longer works."), code);
        } catch (StoryNotFoundException notFound) {
            messages.add(Notice.problem("code-problem", "We could not find a story with that recovery code. "
                    + "Check the code and try again."));
        } catch (TooManyAttemptsException throttled) {
            messages.add(Notice.problem("code-problem", throttled.getMessage()));
        }
    }

    private void show(ContributorStory story) {
        content.removeAll();
        H2 title = new H2(story.title());
        title.setId("your-story-title");
        Paragraph status = new Paragraph("Status: " + story.status().label());
        status.setId("story-status");
        content.add(title, status, new Paragraph(explain(story.status())));
        story.message().ifPresent(message -> {
            Paragraph said = new Paragraph(message);
            said.setId("moderator-message");
            said.addClassName("story-text");
            content.add(new H2("What the moderators said"), said);
        });
        if (story.mayEdit()) {
            StoryEditor editor = new StoryEditor(submissions, false, "Send the new version to the moderators",
                    (draft, approved) -> afterChange(submissions.revise(access, draft, approved,
                            ClientAddress.current()), "Thank you. Your new version has gone to the moderators."));
            editor.fields().fill(story.asDraft());
            story.suggestion().ifPresent(suggested -> content.add(suggestion(suggested, editor)));
            content.add(new H2("Edit your story"), editor);
        } else {
            Paragraph text = new Paragraph(story.body());
            text.setId("your-story-text");
            text.addClassName("story-text");
            content.add(text);
        }
        if (story.mayWithdraw()) {
            Button withdraw = new Button("Withdraw my story", click -> confirmWithdrawal());
            withdraw.setId("withdraw-story");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(new H2("Withdraw your consent"), new Paragraph("You can withdraw your story at any time. "
                    + "It disappears from the portal and its search at once, and its text is deleted for good "
                    + "after 30 days."), withdraw);
        }
    }

    private VerticalLayout suggestion(String suggested, StoryEditor editor) {
        TextArea text = new TextArea("The moderators' suggested version");
        text.setId("suggested-text");
        text.setValue(suggested);
        text.setReadOnly(true);
        text.setWidthFull();
        Button use = new Button("Use the suggested version", click -> editor.fields().replaceText(suggested));
        use.setId("use-suggestion");
        VerticalLayout block = new VerticalLayout(text, use);
        block.setPadding(false);
        return block;
    }

    private void confirmWithdrawal() {
        new ConfirmationDialog("withdraw-dialog", "Withdraw your story?", "It will be removed from the portal "
                + "straight away, and you will not be able to undo this.", "Withdraw my story", () -> {
            messages.removeAll();
            try {
                afterChange(submissions.withdraw(access, ClientAddress.current()),
                        "Your story has been withdrawn. It is no longer shown anywhere in the portal.");
            } catch (ActionRefusedException | StoryNotFoundException | TooManyAttemptsException refused) {
                messages.add(Notice.problem("story-problem", refused.getMessage()).focused());
            }
        }).open();
    }

    private void afterChange(ContributorStory story, String confirmation) {
        messages.removeAll();
        messages.add(Notice.success("story-changed", confirmation).focused());
        show(story);
    }

    private static String explain(StoryStatus status) {
        return switch (status) {
            case IN_MODERATION -> "The moderators have not finished reading it yet. Nobody else can see it.";
            case CHANGES_REQUESTED -> "The moderators would like you to change something before it is published. "
                    + "Nobody else can see it meanwhile.";
            case PUBLISHED -> "Members of the community can read it now.";
            case REJECTED -> "The moderators decided not to publish it. Nobody else can see it.";
            case WITHDRAWN -> "You withdrew it. Nobody can see it, and its text will be deleted.";
        };
    }
}
