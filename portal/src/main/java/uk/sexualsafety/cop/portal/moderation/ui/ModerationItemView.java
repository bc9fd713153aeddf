package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.HistoryLine;
import uk.sexualsafety.cop.moderation.workflow.ItemChangedException;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.FieldFindings;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;
import uk.sexualsafety.cop.portal.moderation.ItemUnderReview;
import uk.sexualsafety.cop.portal.moderation.ModerationQueue;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.StoryForReview;
import uk.sexualsafety.cop.portal.story.StoryModeration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * One item under review, of any content type: its texts with the anonymiser's findings to accept or reject (and
 * a story's content warnings), then a decision. Every action carries the version the moderator saw; if someone else acted meanwhile they are told and
 * can reload, and nothing is overwritten.
 */
@Route(value = "moderation/:itemId", layout = MainLayout.class)
@PageTitle("Review | Sexual Safety Community of Practice")
@RolesAllowed(Role.Names.MODERATOR)
class ModerationItemView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** Carries out a decision on the item; the suggested text is null where none was given. */
    @FunctionalInterface
    private interface Decide {
        void decide(ModerationAction action, Decision decision, String suggestedText);
    }

    private final StoryModeration moderation;
    private final ItemModeration items;
    private final ModerationQueue queue;
    private final long me;
    private final Div messages = new Div();
    private final VerticalLayout content = new VerticalLayout();
    private long itemId;

    ModerationItemView(StoryModeration moderation, ItemModeration items, ModerationQueue queue,
                       CurrentUser currentUser) {
        this.moderation = moderation;
        this.items = items;
        this.queue = queue;
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

    private void reload() {
        ItemReview item = queue.item(itemId);
        if (moderation.isStory(item)) {
            show(moderation.review(itemId));
        } else if (items.handles(item)) {
            show(items.review(itemId));
        } else {
            throw new ActionRefusedException("This item cannot be reviewed here.");
        }
    }

    /** Any content type but stories: its facts, then each text with the anonymiser's findings, then a decision. */
    private void show(ItemUnderReview review) {
        if (!review.textShown()) {
            showWithheld(review.item(), review.typeLabel(), (action, decision, suggested) -> items.decide(itemId,
                    action, decision, review.item().version()));
            return;
        }
        content.removeAll();
        ItemReview item = review.item();
        H1 heading = new H1("Review: " + review.title());
        heading.setId("review-title");
        content.add(heading, state(item), new Paragraph(review.typeLabel()));
        if (!review.facts().isEmpty()) {
            UnorderedList facts = new UnorderedList();
            facts.setId("review-facts");
            review.facts().forEach(fact -> facts.add(new ListItem(fact)));
            content.add(facts);
        }
        var reviews = new ArrayList<FindingsReview>();
        for (FieldFindings text : review.texts()) {
            FindingsReview field = new FindingsReview(fieldId(text.key()), text.label(), text.text(),
                    text.findings());
            reviews.add(field);
            content.add(field);
        }
        if (item.may(ModerationAction.EDIT) && reviews.stream().anyMatch(FindingsReview::hasFindings)) {
            Button save = new Button("Save these changes", click -> act("Your changes are saved. This version "
                    + "now needs approval afresh.", () -> items.edit(itemId, item.version(),
                    accepted(review.texts(), reviews))));
            save.setId("save-review");
            content.add(new Paragraph("Saving replaces the ticked details. Any approval of the earlier text then "
                    + "no longer counts."), save);
        }
        String what = review.typeLabel().toLowerCase();
        content.add(decisions(item, what, null, (action, decision, suggested) -> items.decide(itemId, action,
                decision, item.version())), history(item));
    }

    private static AcceptedFindings accepted(List<FieldFindings> texts, List<FindingsReview> reviews) {
        var accepted = new HashMap<String, List<Finding>>();
        for (int i = 0; i < texts.size(); i++) {
            accepted.put(texts.get(i).key(), reviews.get(i).accepted());
        }
        return new AcceptedFindings(accepted);
    }

    /** Ids that stay valid in HTML and CSS whatever the key ("reflectionQuestions.2" becomes "reflectionQuestions-2"). */
    private static String fieldId(String key) {
        return "field-" + key.replace('.', '-');
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
    private void showWithheld(ItemReview item, String typeLabel, Decide decide) {
        content.removeAll();
        H1 heading = new H1("Review: " + typeLabel.toLowerCase() + " " + item.status().label().toLowerCase());
        heading.setId("review-title");
        String why = item.status() == ModerationStatus.WITHDRAWN
                ? "Its contributor withdrew it, so its text is no longer shown to anyone."
                : "Its text is not shown: it was taken down, or its author is changing it and has not sent it again.";
        content.add(heading, state(item), Notice.information("text-withheld", why),
                decisions(item, typeLabel.toLowerCase(), null, decide), history(item));
    }

    private void show(StoryForReview story) {
        if (!story.textShown()) {
            showWithheld(story.item(), "Story", (action, decision, suggested) -> moderation.decide(itemId, action,
                    decision, null, story.item().version()));
            return;
        }
        content.removeAll();
        ItemReview item = story.item();
        H1 heading = new H1("Review: " + story.title());
        heading.setId("review-title");
        Paragraph state = state(item);
        Paragraph about = new Paragraph(story.relation().label() + " \u00B7 " + story.harmStructure().label()
                + " \u00B7 " + story.readership().label() + " \u00B7 "
                + (story.anonymous() ? "anonymous" : "linked to the contributor's account"));
        content.add(heading, state, about);

        FindingsReview title = new FindingsReview("title", "Title", story.title(), story.findings().titleFindings());
        FindingsReview body = new FindingsReview("body", "Text", story.body(), story.findings().bodyFindings());
        CheckboxGroup<ContentWarning> warnings = new CheckboxGroup<>("Content warnings");
        warnings.setId("review-warnings");
        warnings.setItems(ContentWarning.values());
        warnings.setItemLabelGenerator(ContentWarning::label);
        warnings.setValue(story.contentWarnings());
        content.add(title, body, warnings);
        if (item.may(ModerationAction.EDIT)) {
            Button save = new Button("Save these changes", click -> act("Your changes are saved. This version "
                    + "now needs approval afresh.", () -> moderation.edit(itemId, item.version(),
                    new ApprovedFindings(title.accepted(), body.accepted()), new HashSet<>(warnings.getValue()))));
            save.setId("save-review");
            content.add(new Paragraph("Saving replaces the ticked details and sets the warnings. Any approval of "
                    + "the earlier text then no longer counts."), save);
        } else {
            warnings.setReadOnly(true);
        }
        content.add(decisions(item, "story", story.body(), (action, decision, suggested) -> moderation.decide(
                itemId, action, decision, suggested, item.version())), history(item));
    }

    private HorizontalLayout decisions(ItemReview item, String what, String suggestionFrom, Decide decide) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setId("decisions");
        if (item.may(ModerationAction.APPROVE)) {
            Button approve = new Button("Approve this version", click -> act(
                    "Approved. " + (item.approvedBy().size() + 1 >= item.approvalsRequired() ? "It is now published."
                            : "It needs one more moderator's approval before it is published."),
                    () -> decide.decide(ModerationAction.APPROVE, Decision.NONE, null)));
            approve.setId("approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve);
        }
        if (item.may(ModerationAction.REQUEST_CHANGES)) {
            Button ask = new Button("Request changes", click -> DecisionDialog.requestChanges(suggestionFrom,
                    (decision, suggested) -> act("Your request has gone to the contributor.",
                            () -> decide.decide(ModerationAction.REQUEST_CHANGES, decision, suggested))).open());
            ask.setId("request-changes");
            buttons.add(ask);
        }
        if (item.may(ModerationAction.REJECT)) {
            Button reject = new Button("Reject", click -> DecisionDialog.reject(what, moderation.rejectionReasons(),
                    (decision, suggested) -> act("Rejected. It will not be published.",
                            () -> decide.decide(ModerationAction.REJECT, decision, null))).open());
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(reject);
        }
        if (item.may(ModerationAction.UNPUBLISH)) {
            Button unpublish = new Button("Take it down", click -> DecisionDialog.unpublish(what,
                    (decision, suggested) -> act("Taken down and sent back to the contributor.",
                            () -> decide.decide(ModerationAction.UNPUBLISH, decision, null))).open());
            unpublish.setId("unpublish");
            unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(unpublish);
        }
        return buttons;
    }

    private VerticalLayout history(ItemReview item) {
        OrderedList lines = new OrderedList();
        lines.setId("history");
        for (HistoryLine line : item.history()) {
            String who = switch (line.actorKind()) {
                case CONTRIBUTOR -> "The contributor";
                case SYSTEM -> "The portal";
                case MODERATOR -> line.actorAccountId() != null && line.actorAccountId() == me ? "You"
                        : "A moderator";
            };
            String text = WHEN.format(line.occurredAt()) + ": " + who + " \u2013 " + describe(line.action())
                    + (line.reason() == null ? "" : " (" + line.reason() + ")")
                    + (line.message() == null ? "" : ": \u201C" + line.message() + "\u201D");
            lines.add(new ListItem(text));
        }
        VerticalLayout block = new VerticalLayout(new H2("History"), lines);
        block.setPadding(false);
        return block;
    }

    private static String describe(String action) {
        return switch (action) {
            case "SUBMITTED" -> "submitted it";
            case "RESUBMITTED" -> "sent a new version";
            case "APPROVE" -> "approved it";
            case "REQUEST_CHANGES" -> "asked for changes";
            case "REJECT" -> "rejected it";
            case "EDIT" -> "edited it";
            case "UNPUBLISH" -> "took it down";
            case "WITHDRAW" -> "withdrew it";
            default -> action.toLowerCase().replace('_', ' ');
        };
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
