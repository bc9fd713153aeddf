package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.ItemChangedException;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;
import uk.sexualsafety.cop.portal.moderation.ItemUnderReview;
import uk.sexualsafety.cop.portal.security.CurrentUser;

/**
 * One item under review, of any content type: its facts, its texts with the anonymiser's findings to accept or
 * reject, its tags (a story's content warnings), then a decision. Every action carries the version the moderator
 * saw; if someone else acted meanwhile they are told and can reload, and nothing is overwritten.
 */
@Route(value = "moderation/:itemId", layout = MainLayout.class)
@PageTitle("Review | Sexual Safety Community of Practice")
@RolesAllowed(Role.Names.MODERATOR)
class ModerationItemView extends VerticalLayout implements BeforeEnterObserver {

    private final ItemModeration items;
    private final long me;
    private final Div messages = new Div();
    private final VerticalLayout content = new VerticalLayout();
    private long itemId;

    ModerationItemView(ItemModeration items, CurrentUser currentUser) {
        this.items = items;
        this.me = currentUser.require().accountId();
        setMaxWidth("60rem");
        content.setPadding(false);
        add(new RouterLink("Back to the queue", ModerationQueueView.class), messages, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        messages.removeAll();
        try {
            itemId = Long.parseLong(event.getRouteParameters().get("itemId").orElse(""));
            reload();
        } catch (NumberFormatException | ActionRefusedException missing) {
            content.removeAll();
            content.add(new H1("Item not found"), Notice.information("item-missing",
                    "This item does not exist, or it cannot be reviewed here."));
        }
    }

    /** Its facts, then its texts and tags to edit, then a decision; only its status when its text is withheld. */
    private void reload() {
        ItemUnderReview review = items.review(itemId);
        ItemReview item = review.item();
        String what = review.typeLabel().toLowerCase();
        content.removeAll();
        if (!review.textShown()) {
            showWithheld(item, what);
            return;
        }
        H1 heading = new H1("Review: " + review.title());
        heading.setId("review-title");
        content.add(heading, state(item), new Paragraph(review.typeLabel()));
        if (!review.facts().isEmpty()) {
            UnorderedList facts = new UnorderedList();
            facts.setId("review-facts");
            review.facts().forEach(fact -> facts.add(new ListItem(fact)));
            content.add(facts);
        }
        boolean editable = item.may(ModerationAction.EDIT);
        ContentEdits edits = new ContentEdits(review, editable);
        content.add(edits);
        if (editable && edits.offersChanges()) {
            Button save = new Button("Save these changes", click -> act("Your changes are saved. This version "
                    + "now needs approval afresh.", () -> items.edit(item.ref(), edits.accepted(),
                    edits.chosenTags())));
            save.setId("save-review");
            content.add(new Paragraph("Saving replaces the ticked details" + (edits.hasTags() ? " and sets the "
                    + review.tags().heading().toLowerCase() : "") + ". Any approval of the earlier text then no "
                    + "longer counts."), save);
        }
        content.add(decisions(item, what, review.suggestableText()), new ItemHistory(item, me));
    }

    private Paragraph state(ItemReview item) {
        Paragraph state = new Paragraph("Status: " + item.status().label() + (item.urgent() ? " \u00B7 urgent" : "")
                + (item.overdue() ? " \u00B7 overdue" : "") + " \u00B7 approvals of this version: "
                + item.approvedBy().size() + " of " + item.approvalsRequired()
                + (item.approvedBy().contains(me) ? " (including yours)" : ""));
        state.setId("review-status");
        return state;
    }

    /**
     * Withdrawn or taken-down content, or content whose author is changing what they sent: its status, what may still
     * be decided and its history, never its text.
     */
    private void showWithheld(ItemReview item, String what) {
        H1 heading = new H1("Review: " + what + " " + item.status().label().toLowerCase());
        heading.setId("review-title");
        String why = item.status() == ModerationStatus.WITHDRAWN
                ? "Its contributor withdrew it, so its text is no longer shown to anyone."
                : "Its text is not shown: it was taken down, or its author is changing it and has not sent it again.";
        content.add(heading, state(item), Notice.information("text-withheld", why), decisions(item, what, null),
                new ItemHistory(item, me));
    }

    private DecisionButtons decisions(ItemReview item, String what, String suggestionFrom) {
        return new DecisionButtons(item, what, suggestionFrom, items.rejectionReasons(), items.maxMessageLength(),
                (confirmation, action, decision, suggested) -> act(confirmation,
                        () -> items.decide(item.ref(), action, decision, suggested)));
    }

    /** Runs a decision, then shows the item as it is now; tells the moderator plainly if it changed meanwhile. */
    private void act(String confirmation, Runnable decision) {
        messages.removeAll();
        try {
            decision.run();
            messages.add(Notice.success("review-done", confirmation).focused());
        } catch (ItemChangedException changed) {
            Button reload = new Button("Reload the item", click -> {
                messages.removeAll();
                reload();
            });
            reload.setId("reload-item");
            messages.add(Notice.problem("item-changed", changed.getMessage()).focused(), reload);
            return;
        } catch (ActionRefusedException refused) {
            messages.add(Notice.problem("action-refused", refused.getMessage()).focused());
        }
        reload();
    }
}
