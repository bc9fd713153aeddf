package uk.sexualsafety.cop.portal.moderation;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.moderation.workflow.QueueEntry;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.time.Duration;

/** The moderators' queue of every kind of contribution, urgent first, then the longest waiting. */
@Service
@RolesAllowed(Role.Names.MODERATOR)
public class ModerationQueue {

    private final ModerationWorkflow workflow;
    private final CurrentUser currentUser;

    ModerationQueue(ModerationWorkflow workflow, CurrentUser currentUser) {
        this.workflow = workflow;
        this.currentUser = currentUser;
    }

    public Page<QueueEntry> waiting(Pageable page) {
        return workflow.queue(page, me());
    }

    public long waitingCount() {
        return workflow.queueSize(me());
    }

    public ItemReview item(long itemId) {
        return workflow.review(itemId, me());
    }

    public Duration overdueAfter() {
        return workflow.overdueAfter();
    }

    private Actor me() {
        return Actor.account(currentUser.require().accountId());
    }
}
