package uk.sexualsafety.cop.moderation.workflow;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A content type that exists only in these tests, to show that a new type plugs into the workflow without changing
 * it; it remembers the last status the workflow gave each piece of content. Two approvals, as stories need.
 */
@Component
class RecordingContentType implements ModeratedContentType {

    static final String NAME = "test-note";

    private final Map<Long, ModerationStatus> statuses = new ConcurrentHashMap<>();
    private final Set<Long> takenBackAfterRejection = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Note";
    }

    @Override
    public int approvalsRequired() {
        return 2;
    }

    @Override
    public void statusChanged(long contentId, ModerationStatus newStatus, Decision decision) {
        statuses.put(contentId, newStatus);
    }

    @Override
    public Map<Long, QueueDetails> describe(Collection<Long> contentIds) {
        return contentIds.stream().collect(Collectors.toMap(Function.identity(),
                id -> new QueueDetails("Note " + id, id % 2 == 0 ? List.of("Self-harm") : List.of())));
    }

    @Override
    public boolean acceptsSubmissionAfterRejection(long contentId) {
        return takenBackAfterRejection.contains(contentId);
    }

    /** Lets this note be submitted again after a rejection, as a published case study's next revision may. */
    void takeBackAfterRejection(long contentId) {
        takenBackAfterRejection.add(contentId);
    }

    ModerationStatus lastStatusOf(long contentId) {
        return statuses.get(contentId);
    }
}
