package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;

import java.util.List;

/** The decisions a moderator may take on an item, each asking in a dialog for what it needs. */
class DecisionButtons extends Composite<HorizontalLayout> {

    /** Carries out a decision and confirms it; the suggested text is null where none was given. */
    @FunctionalInterface
    interface Decide {
        void decide(String confirmation, ModerationAction action, Decision decision, String suggestedText);
    }

    /**
     * @param what           the kind of content in lower case, e.g. "story"
     * @param suggestionFrom the text a moderator may suggest a new version of, or null where none is taken
     * @param maxMessage     the longest message to the contributor that the workflow takes
     */
    DecisionButtons(ItemReview item, String what, String suggestionFrom, List<String> rejectionReasons,
                    int maxMessage, Decide decide) {
        HorizontalLayout buttons = getContent();
        buttons.setId("decisions");
        if (item.may(ModerationAction.APPROVE)) {
            Button approve = new Button("Approve this version", click -> decide.decide(
                    "Approved. " + (item.approvedBy().size() + 1 >= item.approvalsRequired() ? "It is now published."
                            : "It needs one more moderator's approval before it is published."),
                    ModerationAction.APPROVE, Decision.NONE, null));
            approve.setId("approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve);
        }
        if (item.may(ModerationAction.REQUEST_CHANGES)) {
            Button ask = new Button("Request changes", click -> DecisionDialog.requestChanges(suggestionFrom,
                    maxMessage, (decision, suggested) -> decide.decide("Your request has gone to the contributor.",
                            ModerationAction.REQUEST_CHANGES, decision, suggested)).open());
            ask.setId("request-changes");
            buttons.add(ask);
        }
        if (item.may(ModerationAction.REJECT)) {
            Button reject = new Button("Reject", click -> DecisionDialog.reject(what, rejectionReasons, maxMessage,
                    (decision, suggested) -> decide.decide("Rejected. It will not be published.",
                            ModerationAction.REJECT, decision, null)).open());
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(reject);
        }
        if (item.may(ModerationAction.UNPUBLISH)) {
            Button unpublish = new Button("Take it down", click -> DecisionDialog.unpublish(what, maxMessage,
                    (decision, suggested) -> decide.decide("Taken down and sent back to the contributor.",
                            ModerationAction.UNPUBLISH, decision, null)).open());
            unpublish.setId("unpublish");
            unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(unpublish);
        }
    }
}
