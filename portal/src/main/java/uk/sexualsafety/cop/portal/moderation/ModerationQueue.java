package uk.sexualsafety.cop.portal.moderation;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.moderation.workflow.QueueEntry;
import uk.sexualsafety.cop.moderation.workflow.WaitingItem;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.search.text.TextRanking;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The moderators' queue of every kind of contribution, urgent first, then the longest waiting; and a search of what
 * the waiting items say. Waiting text is not in the search index (which holds only what members may read), so the
 * search ranks the waiting items' texts in memory, analysed as the index analyses text.
 */
@Service
@RolesAllowed(Role.Names.MODERATOR)
public class ModerationQueue {

    /**
     * How many waiting items a search reads, the first in the queue's order. A queue longer than this is a backlog
     * to clear rather than to search, and reading every text of a longer one would make each search slow.
     */
    public static final int SEARCHED_ITEMS = 2_000;

    private final ModerationWorkflow workflow;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Map<String, ReviewableContent> texts;
    private final TextRanking ranking = new TextRanking();

    ModerationQueue(ModerationWorkflow workflow, CurrentUser currentUser, List<ReviewableContent> types,
                    AuditTrail audit) {
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.audit = audit;
        this.texts = types.stream().collect(Collectors.toUnmodifiableMap(ReviewableContent::name,
                Function.identity()));
    }

    public Page<QueueEntry> waiting(Pageable page) {
        return workflow.queue(page, me());
    }

    /**
     * The waiting items whose title or texts match what the moderator typed, best match first (equally good ones
     * in the queue's order), among the first {@value #SEARCHED_ITEMS} of the queue. The search page's syntax
     * works ("quoted phrases", -excluded words); any text is accepted, and an empty one matches every item. Each
     * search is audited: that the moderator searched, never the words.
     */
    @Transactional
    public Page<QueueEntry> search(String text, Pageable page) {
        audit.record("MODERATION_QUEUE_SEARCHED", "moderation_queue", null, null);
        List<WaitingItem> waiting = workflow.waitingItems(SEARCHED_ITEMS, me());
        Map<Long, List<String>> textsByItem = textsOf(waiting);
        List<TextRanking.Candidate> candidates = waiting.stream()
                .map(item -> new TextRanking.Candidate(item.entry().itemId(), item.entry().title(),
                        textsByItem.getOrDefault(item.entry().itemId(), List.of())))
                .toList();
        Map<Long, QueueEntry> entries = waiting.stream()
                .collect(Collectors.toMap(item -> item.entry().itemId(), WaitingItem::entry));
        List<QueueEntry> matches = ranking.rank(text, candidates).stream().map(entries::get).toList();
        int from = (int) Math.min(page.getOffset(), matches.size());
        int to = Math.min(from + page.getPageSize(), matches.size());
        return new PageImpl<>(matches.subList(from, to), page, matches.size());
    }

    /** Each type's texts in one go, by item id. */
    private Map<Long, List<String>> textsOf(List<WaitingItem> waiting) {
        Map<Long, List<String>> byItem = new HashMap<>();
        waiting.stream().collect(Collectors.groupingBy(WaitingItem::contentType)).forEach((type, items) -> {
            ReviewableContent source = texts.get(type);
            if (source == null) {
                return; // a type no longer deployed: searched by its title alone
            }
            Map<Long, List<String>> byContent = source.waitingTexts(items.stream().map(WaitingItem::contentId)
                    .toList());
            items.forEach(item -> byItem.put(item.entry().itemId(),
                    byContent.getOrDefault(item.contentId(), List.of())));
        });
        return byItem;
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
