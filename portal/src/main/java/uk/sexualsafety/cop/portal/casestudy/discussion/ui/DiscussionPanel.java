package uk.sexualsafety.cop.portal.casestudy.discussion.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentStatus;
import uk.sexualsafety.cop.portal.casestudy.discussion.Discussion;
import uk.sexualsafety.cop.portal.casestudy.discussion.DiscussionRefusedException;
import uk.sexualsafety.cop.portal.casestudy.discussion.ThreadComment;
import uk.sexualsafety.cop.portal.layout.ConfirmationDialog;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.layout.TextDialog;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The discussion under a published case study: comments with their replies, a form to add one, and for each comment
 * what the reader may do (reply, flag, edit or delete their own). Every action goes through {@link Discussion}, which
 * decides; this panel only shows the outcome. Comment text is always set as text.
 */
public class DiscussionPanel extends Composite<Section> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Discussion discussion;
    private final long caseStudyId;
    private final Div messages = new Div();
    private final UnorderedList thread = new UnorderedList();

    public DiscussionPanel(Discussion discussion, long caseStudyId) {
        this.discussion = discussion;
        this.caseStudyId = caseStudyId;
        Section section = getContent();
        section.setId("discussion-panel");
        section.addClassName("discussion");
        H2 heading = new H2("Discussion");
        heading.setId("discussion-heading");
        section.getElement().setAttribute("aria-labelledby", "discussion-heading");
        thread.setId("comments");
        thread.addClassName("comment-thread");
        section.add(heading, new Paragraph("A moderator reads each comment before others see it. Discuss what "
                + "was done and what can be learnt; do not name or describe anyone in a way that could identify "
                + "them."), messages, thread);
        if (discussion.mayTakePart()) {
            section.add(newCommentForm());
        }
        refresh();
    }

    private Div newCommentForm() {
        TextArea body = new TextArea("Your comment");
        body.setId("new-comment");
        body.setWidthFull();
        body.setMinHeight("6rem");
        Button send = new Button("Send for moderation", click -> {
            if (send(body, null)) {
                body.clear();
            }
        });
        send.setId("send-comment");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(body, send);
        form.addClassName("comment-form");
        return form;
    }

    private boolean send(TextArea body, Long parentId) {
        messages.removeAll();
        body.setInvalid(false);
        try {
            ThreadComment sent = discussion.comment(caseStudyId, parentId, body.getValue());
            messages.add(Notice.success("comment-sent", sent.status() == CommentStatus.PUBLISHED
                    ? "Your comment is published. A moderator will still read it."
                    : "Thank you. Your comment is waiting for a moderator, and others will see it once approved.")
                    .focused());
            refresh();
            return true;
        } catch (InvalidInputException invalid) {
            body.setErrorMessage(invalid.problems().get(Discussion.BODY));
            body.setInvalid(true);
            body.focus();
        } catch (DiscussionRefusedException refused) {
            messages.add(Notice.problem("comment-refused", refused.getMessage()).focused());
        }
        return false;
    }

    private void refresh() {
        thread.removeAll();
        try {
            var comments = discussion.thread(caseStudyId);
            if (comments.isEmpty()) {
                thread.add(new ListItem("No comments yet."));
            }
            comments.forEach(comment -> thread.add(item(comment)));
        } catch (DiscussionRefusedException refused) {
            messages.add(Notice.information("discussion-closed", refused.getMessage()));
        }
    }

    private ListItem item(ThreadComment comment) {
        ListItem item = new ListItem();
        item.setId("comment-" + comment.id());
        item.addClassName("comment");
        Paragraph byline = new Paragraph(comment.authorName() + " \u00B7 " + WHEN.format(comment.writtenAt()));
        byline.addClassName("comment-byline");
        Paragraph body = new Paragraph(comment.body());
        body.addClassName("comment-body");
        item.add(byline, body);
        if (comment.mine() && comment.status() != CommentStatus.PUBLISHED) {
            Paragraph status = new Paragraph("Only you can see this: " + comment.status().label().toLowerCase()
                    + comment.moderatorMessage().map(message -> ". The moderator says: " + message).orElse(""));
            status.setId("comment-status-" + comment.id());
            status.addClassName("comment-status");
            item.add(status);
        }
        item.add(actions(comment));
        if (!comment.replies().isEmpty()) {
            UnorderedList replies = new UnorderedList();
            replies.addClassName("comment-replies");
            comment.replies().forEach(reply -> replies.add(item(reply)));
            item.add(replies);
        }
        return item;
    }

    private HorizontalLayout actions(ThreadComment comment) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (comment.mayReply()) {
            Button reply = small("Reply", "reply-" + comment.id());
            reply.addClickListener(click -> actions.add(replyForm(comment, reply)));
            actions.add(reply);
        }
        if (comment.mayFlag()) {
            Button flag = small("Flag", "flag-" + comment.id());
            flag.getElement().setAttribute("aria-label", "Flag the comment by " + comment.authorName());
            flag.addClickListener(click -> new FlagDialog(discussion.flagsToHide(), (reason, detail) -> {
                boolean hidden = discussion.flag(comment.id(), reason, detail);
                messages.removeAll();
                messages.add(Notice.success("comment-flagged", hidden
                        ? "Thank you. The comment is hidden until a moderator has looked at it."
                        : "Thank you. A moderator will look at the comment if other members flag it too.")
                        .focused());
                refresh();
            }, refused -> {
                messages.removeAll();
                messages.add(Notice.problem("flag-refused", refused).focused());
                refresh();
            }).open());
            actions.add(flag);
        } else if (comment.flaggedByMe()) {
            actions.add(new Span("You flagged this comment"));
        }
        if (comment.mine() && (comment.status() == CommentStatus.PENDING
                || comment.status() == CommentStatus.CHANGES_REQUESTED)) {
            Button edit = small("Edit", "edit-comment-" + comment.id());
            edit.addClickListener(click -> new TextDialog("edit-comment", "Edit your comment", "Your comment",
                    "Send for moderation", discussion.maxCommentLength(), text -> edit(comment, text))
                    .withValue(comment.body()).open());
            actions.add(edit);
        }
        if (comment.mine()) {
            Button delete = small("Delete", "delete-comment-" + comment.id());
            delete.addClickListener(click -> new ConfirmationDialog("delete-comment", "Delete your comment?",
                    "Your comment will be removed for good. Replies to it by others stay.", "Delete",
                    () -> delete(comment)).open());
            actions.add(delete);
        }
        return actions;
    }

    private void delete(ThreadComment comment) {
        messages.removeAll();
        try {
            discussion.delete(comment.id());
            messages.add(Notice.success("comment-deleted", "Your comment is deleted.").focused());
        } catch (DiscussionRefusedException refused) {
            messages.add(Notice.problem("comment-refused", refused.getMessage()).focused());
        }
        refresh();
    }

    private void edit(ThreadComment comment, String text) {
        messages.removeAll();
        try {
            discussion.edit(comment.ref(), text);
            messages.add(Notice.success("comment-edited", "Your comment is sent for moderation again.").focused());
        } catch (DiscussionRefusedException | ConcurrentChangeException refused) {
            messages.add(Notice.problem("comment-refused", refused.getMessage()).focused());
        }
        refresh();
    }

    private Div replyForm(ThreadComment comment, Button reply) {
        reply.setEnabled(false);
        TextArea body = new TextArea("Your reply to " + comment.authorName());
        body.setId("reply-text-" + comment.id());
        body.setWidthFull();
        Button send = new Button("Send reply for moderation", click -> send(body, comment.id()));
        send.setId("send-reply-" + comment.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div form = new Div(body, send);
        form.setWidthFull();
        body.focus();
        return form;
    }

    private static Button small(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
