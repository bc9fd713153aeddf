package uk.sexualsafety.cop.moderation.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ActorKind;
import uk.sexualsafety.cop.db.moderation.ModerationApproval;
import uk.sexualsafety.cop.db.moderation.ModerationApprovalRepository;
import uk.sexualsafety.cop.db.moderation.ModerationHistoryEntry;
import uk.sexualsafety.cop.db.moderation.ModerationHistoryRepository;
import uk.sexualsafety.cop.db.moderation.ModerationItem;
import uk.sexualsafety.cop.db.moderation.ModerationItemRepository;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The moderation every contribution passes, whatever its type: one item per piece of content, created or reopened
 * on submission; the actions each person may take computed from the item and who they are; each action performed
 * in one transaction against the version the person saw, recorded in the item's history and the audit trail, and
 * announced by an event that listeners act on after commit.
 */
@Service
public class ModerationWorkflow {

    private static final Logger log = LoggerFactory.getLogger(ModerationWorkflow.class);

    private final ModerationItemRepository items;
    private final ModerationApprovalRepository approvals;
    private final ModerationHistoryRepository history;
    private final AccountRepository accounts;
    private final AuditEventRepository audit;
    private final ModeratedContentTypes types;
    private final ModerationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationWorkflow(ModerationItemRepository items, ModerationApprovalRepository approvals,
                       ModerationHistoryRepository history, AccountRepository accounts, AuditEventRepository audit,
                       ModeratedContentTypes types, ModerationProperties properties,
                       ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.approvals = approvals;
        this.history = history;
        this.accounts = accounts;
        this.audit = audit;
        this.types = types;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts content into the queue: creates its item, or reopens it with the new revision (after changes were asked
     * for, or an edit of published content). Runs in the caller's transaction, which saved the content.
     *
     * @throws ActionRefusedException if the item was withdrawn, or rejected and its type does not take it back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ItemReview submit(String contentType, long contentId, Long contributorAccountId, boolean urgent) {
        ModeratedContentType type = types.get(contentType);
        Instant now = contributorAccountId == null ? anonymousTime() : clock.instant();
        items.insertIfAbsent(contentType, contentId, urgent, contributorAccountId, type.approvalsRequired(), now);
        ModerationItem item = items.findByContentTypeAndContentId(contentType, contentId).orElseThrow();
        boolean created = item.getContentRevision() == 0;
        ModerationStatus from = created ? null : item.getStatus();
        if (from != null && from.isFinal() && !(from == ModerationStatus.REJECTED
                && type.acceptsSubmissionAfterRejection(contentId))) {
            throw new ActionRefusedException("This " + type.label().toLowerCase() + " was " + from.label()
                    .toLowerCase() + " and cannot be submitted again.");
        }
        item.queue(urgent, now);
        flushAgainstConcurrentChange(item);
        record(item, from, ActorKind.CONTRIBUTOR, contributorAccountId, created ? "SUBMITTED" : "RESUBMITTED",
                Decision.NONE, now);
        if (from != null && from != ModerationStatus.PENDING) {
            type.statusChanged(contentId, ModerationStatus.PENDING, Decision.NONE);
        }
        return review(item, null);
    }

    /**
     * Puts published content back in the queue without its contributor, because something outside moderation
     * asked for another look (members flagged it). The content type decides what readers see meanwhile; a moderator
     * approves it again or takes it down. Runs in the caller's transaction.
     *
     * @param why what the history and the audit trail record, e.g. "FLAGGED"
     * @return the item, or empty if the content has no item or it is not published now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ItemReview> reopenForReview(String contentType, long contentId, String why) {
        ModeratedContentType type = types.get(contentType);
        ModerationItem item = items.findByContentTypeAndContentId(contentType, contentId).orElse(null);
        if (item == null || item.getStatus() != ModerationStatus.PUBLISHED) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        item.queue(false, now);
        flushAgainstConcurrentChange(item);
        record(item, ModerationStatus.PUBLISHED, ActorKind.SYSTEM, null, why, Decision.NONE, now);
        type.statusChanged(contentId, ModerationStatus.PENDING, Decision.NONE);
        return Optional.of(review(item, null));
    }

    /** What {@code actor} may do to the item now; empty for someone with no part in it. */
    @Transactional(readOnly = true)
    public Set<ModerationAction> availableActions(ModerationItem item, Actor actor) {
        ModerationStatus status = item.getStatus();
        if (status == ModerationStatus.WITHDRAWN) {
            return Set.of();
        }
        if (isContributor(item, actor)) {
            // Consent can be withdrawn at any time, even after a rejection, so that the text is purged sooner.
            return EnumSet.of(ModerationAction.WITHDRAW);
        }
        if (status.isFinal() || !isModerator(actor)) {
            return Set.of();
        }
        return switch (status) {
            case PENDING -> {
                var actions = EnumSet.of(ModerationAction.EDIT, ModerationAction.REQUEST_CHANGES,
                        ModerationAction.REJECT);
                if (!hasApprovedCurrentRevision(item, actor)) {
                    actions.add(ModerationAction.APPROVE);
                }
                yield actions;
            }
            case CHANGES_REQUESTED -> EnumSet.of(ModerationAction.REJECT);
            case PUBLISHED -> EnumSet.of(ModerationAction.UNPUBLISH);
            case REJECTED, WITHDRAWN -> Set.of();
        };
    }

    /**
     * Takes an action on the item as it was at {@code expectedVersion}; the content's own change (an edit, a
     * withdrawal) happens in the same transaction when the caller joins it.
     *
     * @throws ItemChangedException    if the item changed since that version
     * @throws ActionRefusedException  if this person may not take this action now
     * @throws InvalidDecisionException if the decision lacks a reason or message the action needs
     */
    @Transactional
    public ItemReview perform(long itemId, ModerationAction action, Decision decision, Actor actor,
                              long expectedVersion) {
        ModerationItem item = items.findById(itemId)
                .orElseThrow(() -> new ActionRefusedException("This item no longer exists."));
        if (item.getVersion() != expectedVersion) {
            throw new ItemChangedException();
        }
        refuseUnlessAvailable(item, action, actor);
        validate(action, decision);
        ModeratedContentType type = types.get(item.getContentType());
        Instant now = actor.isAnonymous() ? anonymousTime() : clock.instant();
        ModerationStatus from = item.getStatus();
        switch (action) {
            case APPROVE -> approve(item, actor, now);
            case REQUEST_CHANGES, UNPUBLISH -> item.moveTo(ModerationStatus.CHANGES_REQUESTED, now);
            case REJECT -> item.moveTo(ModerationStatus.REJECTED, now);
            case EDIT -> item.contentChanged(now);
            case WITHDRAW -> item.moveTo(ModerationStatus.WITHDRAWN, now);
        }
        flushAgainstConcurrentChange(item);
        ActorKind kind = isContributor(item, actor) ? ActorKind.CONTRIBUTOR : ActorKind.MODERATOR;
        record(item, from, kind, actor.accountId().orElse(null), action.name(), decision, now);
        if (item.getStatus() != from) {
            type.statusChanged(item.getContentId(), item.getStatus(), decision);
        }
        return review(item, actor);
    }

    /** The item of a piece of content as {@code actor} sees it; only its moderators and contributor may. */
    @Transactional(readOnly = true)
    public ItemReview reviewOf(String contentType, long contentId, Actor actor) {
        ModerationItem item = items.findByContentTypeAndContentId(contentType, contentId)
                .orElseThrow(() -> new ActionRefusedException("This item no longer exists."));
        return reviewFor(item, actor);
    }

    @Transactional(readOnly = true)
    public ItemReview review(long itemId, Actor actor) {
        ModerationItem item = items.findById(itemId)
                .orElseThrow(() -> new ActionRefusedException("This item no longer exists."));
        return reviewFor(item, actor);
    }

    /** The queue, urgent first then oldest, for moderators only. */
    @Transactional(readOnly = true)
    public Page<QueueEntry> queue(Pageable page, Actor actor) {
        requireModerator(actor);
        Page<ModerationItem> found = items.findQueue(page);
        return new PageImpl<>(entries(found.getContent()), page, found.getTotalElements());
    }

    /**
     * The first {@code limit} items of the queue, in its order, with the content each moderates; for moderators
     * only.
     */
    @Transactional(readOnly = true)
    public List<WaitingItem> waitingItems(int limit, Actor actor) {
        requireModerator(actor);
        List<ModerationItem> found = items.findQueue(PageRequest.of(0, limit)).getContent();
        Map<Long, ModerationItem> byId = found.stream()
                .collect(Collectors.toMap(ModerationItem::getId, item -> item));
        return entries(found).stream()
                .map(entry -> {
                    ModerationItem item = byId.get(entry.itemId());
                    return new WaitingItem(entry, item.getContentType(), item.getContentId());
                })
                .toList();
    }

    /** How many items wait in the queue, for moderators only. */
    @Transactional(readOnly = true)
    public long queueSize(Actor actor) {
        requireModerator(actor);
        return items.countByStatus(ModerationStatus.PENDING);
    }

    /** Items waiting longer than the overdue limit, for the moderators' daily digest. */
    @Transactional(readOnly = true)
    public List<QueueEntry> overdueItems() {
        return entries(items.findPendingQueuedBefore(clock.instant().minus(overdueAfter())));
    }

    public Duration overdueAfter() {
        return Duration.ofDays(properties.overdueAfterDays());
    }

    public List<String> rejectionReasons() {
        return properties.rejectionReasons();
    }

    /** The longest message a decision may carry to a contributor; the moderator's field stops there too. */
    public int maxMessageLength() {
        return properties.maxMessageLength();
    }

    /** Deletes the item and its history with the content it moderated; the audit trail keeps that it happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void purge(String contentType, long contentId) {
        items.deleteByContent(contentType, contentId);
    }

    private ItemReview reviewFor(ModerationItem item, Actor actor) {
        if (!isContributor(item, actor) && !isModerator(actor)) {
            throw new ActionRefusedException("Only moderators and the contributor can see this item.");
        }
        return review(item, actor);
    }

    private ItemReview review(ModerationItem item, Actor actor) {
        List<Long> approvedBy = approvals.findForRevision(item.getId(), item.getContentRevision()).stream()
                .map(ModerationApproval::getModeratorAccountId).toList();
        List<HistoryLine> lines = history.findByItemIdOrderByIdAsc(item.getId()).stream()
                .map(ModerationWorkflow::line).toList();
        Set<ModerationAction> actions = actor == null ? Set.of() : availableActions(item, actor);
        return new ItemReview(item.getId(), item.getContentType(), item.getContentId(), item.getStatus(),
                item.isUrgent(), isOverdue(item), item.getContentRevision(), item.getApprovalsRequired(), approvedBy,
                item.getQueuedAt(), item.getVersion(), lines, actions);
    }

    private List<QueueEntry> entries(List<ModerationItem> found) {
        Map<String, List<ModerationItem>> byType = found.stream()
                .collect(Collectors.groupingBy(ModerationItem::getContentType));
        Map<String, Map<Long, QueueDetails>> details = new HashMap<>();
        byType.forEach((name, ofType) -> types.find(name).ifPresentOrElse(
                type -> details.put(name, type.describe(ofType.stream().map(ModerationItem::getContentId).toList())),
                () -> log.warn("{} moderation items have the content type {}, which this portal no longer has; "
                        + "they are left out of the queue", ofType.size(), name)));
        Map<Long, Long> approvedCounts = new HashMap<>();
        if (!found.isEmpty()) {
            approvals.countCurrentApprovals(found.stream().map(ModerationItem::getId).toList())
                    .forEach(row -> approvedCounts.put((Long) row[0], (Long) row[1]));
        }
        Instant now = clock.instant();
        var entries = new ArrayList<QueueEntry>(found.size());
        for (ModerationItem item : found) {
            QueueDetails detail = details.getOrDefault(item.getContentType(), Map.of()).get(item.getContentId());
            if (detail == null) {
                continue;
            }
            int approved = approvedCounts.getOrDefault(item.getId(), 0L).intValue();
            entries.add(new QueueEntry(item.getId(), item.getVersion(), types.get(item.getContentType()).label(),
                    detail.title(), detail.contentWarnings(), item.isUrgent(), isOverdue(item), item.getQueuedAt(),
                    Duration.between(item.getQueuedAt(), now), approved, item.getApprovalsRequired()));
        }
        return entries;
    }

    /**
     * When an anonymous contributor acts, the item, its history and the audit trail keep the time only to the hour,
     * so that no exact time links the action to a sign-in or a request log (decision 025).
     */
    private Instant anonymousTime() {
        return clock.instant().truncatedTo(ChronoUnit.HOURS);
    }

    private boolean isOverdue(ModerationItem item) {
        return item.getStatus() == ModerationStatus.PENDING
                && item.getQueuedAt().isBefore(clock.instant().minus(overdueAfter()));
    }

    private void approve(ModerationItem item, Actor actor, Instant now) {
        long moderator = actor.accountId().orElseThrow();
        approvals.save(new ModerationApproval(item.getId(), item.getContentRevision(), moderator, now));
        long distinct = approvals.findForRevision(item.getId(), item.getContentRevision()).stream()
                .map(ModerationApproval::getModeratorAccountId).distinct().count();
        if (distinct >= item.getApprovalsRequired()) {
            item.moveTo(ModerationStatus.PUBLISHED, now);
        } else {
            item.touch(now);
        }
    }

    private void refuseUnlessAvailable(ModerationItem item, ModerationAction action, Actor actor) {
        if (availableActions(item, actor).contains(action)) {
            return;
        }
        String label = types.get(item.getContentType()).label().toLowerCase();
        ModerationStatus status = item.getStatus();
        boolean contributor = isContributor(item, actor);
        if (status.isFinal() && (status == ModerationStatus.WITHDRAWN || !contributor)) {
            throw new ActionRefusedException("This " + label + " has already been " + status.label().toLowerCase()
                    + "; nothing more can be done to it.");
        }
        if (contributor) {
            throw new ActionRefusedException(
                    "You cannot approve or decide on your own contribution: another moderator must.");
        }
        if (!isModerator(actor)) {
            throw new ActionRefusedException("Only moderators can do this.");
        }
        if (action == ModerationAction.APPROVE && status == ModerationStatus.PENDING) {
            throw new ActionRefusedException("You have already approved this version. A different moderator "
                    + "must approve it too.");
        }
        throw new ActionRefusedException("This " + label + " is " + status.label().toLowerCase()
                + ", so it cannot be given \"" + action.label().toLowerCase() + "\" now.");
    }

    private void validate(ModerationAction action, Decision decision) {
        switch (action) {
            case REQUEST_CHANGES, UNPUBLISH -> requireMessage(decision,
                    "Tell the contributor what to change, so they can revise it");
            case REJECT -> {
                if (decision.reason() == null || !properties.rejectionReasons().contains(decision.reason())) {
                    throw new InvalidDecisionException("reason", "Choose a reason for rejecting it");
                }
                limitMessage(decision);
            }
            default -> limitMessage(decision);
        }
    }

    private void requireMessage(Decision decision, String missing) {
        if (decision.message() == null) {
            throw new InvalidDecisionException("message", missing);
        }
        limitMessage(decision);
    }

    private void limitMessage(Decision decision) {
        if (decision.message() != null && decision.message().length() > properties.maxMessageLength()) {
            throw new InvalidDecisionException("message",
                    "Use no more than " + properties.maxMessageLength() + " characters");
        }
    }

    private void flushAgainstConcurrentChange(ModerationItem item) {
        try {
            items.saveAndFlush(item);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ItemChangedException();
        }
    }

    private void record(ModerationItem item, ModerationStatus from, ActorKind kind, Long actorId, String action,
                        Decision decision, Instant now) {
        history.save(new ModerationHistoryEntry(item.getId(), now, kind, actorId, action, from, item.getStatus(),
                item.getContentRevision(), decision.reason(), decision.message()));
        // The audit trail names the item and the outcome, never the content or the message.
        String detail = (from == null ? "new" : from.name()) + " -> " + item.getStatus().name()
                + (decision.reason() == null ? "" : "; reason: " + decision.reason());
        audit.save(new AuditEvent(now, actorId, "MODERATION_" + action, item.getContentType(),
                Long.toString(item.getContentId()), detail));
        events.publishEvent(new ModerationItemChanged(item.getId(), item.getContentType(), item.getContentId(),
                action, from, item.getStatus(), item.isUrgent()));
    }

    private boolean isContributor(ModerationItem item, Actor actor) {
        return actor.isAnonymous()
                ? item.getContributorAccountId().isEmpty()
                : item.isContributor(actor.accountId().orElseThrow());
    }

    private void requireModerator(Actor actor) {
        if (!isModerator(actor)) {
            throw new ActionRefusedException("Only moderators can see the moderation queue.");
        }
    }

    private boolean isModerator(Actor actor) {
        return actor.accountId()
                .flatMap(accounts::findById)
                .filter(Account::isActive)
                .map(account -> account.getRoles().contains(Role.MODERATOR))
                .orElse(false);
    }

    private boolean hasApprovedCurrentRevision(ModerationItem item, Actor actor) {
        long moderator = actor.accountId().orElseThrow();
        return approvals.findForRevision(item.getId(), item.getContentRevision()).stream()
                .anyMatch(approval -> approval.getModeratorAccountId() == moderator);
    }

    private static HistoryLine line(ModerationHistoryEntry entry) {
        return new HistoryLine(entry.getOccurredAt(), entry.getActorKind(), entry.getActorAccountId().orElse(null),
                entry.getAction(), entry.getToStatus(), entry.getContentRevision(), entry.getReason().orElse(null),
                entry.getMessage().orElse(null));
    }
}
