package uk.sexualsafety.cop.db.moderation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status of a moderation item against every change, without Spring or a database. The item refuses nothing
 * itself (the moderation service offers only the actions a status allows); what it guarantees is where it stands in
 * the queue: an item edited while it waits keeps its place and its urgency, one that comes back joins at the end,
 * and only a waiting item is urgent.
 */
class ModerationItemTest {

    private static final Instant QUEUED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");

    @ParameterizedTest(name = "{0} then {1}: {2}, queued at {3}, urgent {4}")
    @CsvSource(textBlock = """
            PENDING,           queue,             PENDING,           first, true
            CHANGES_REQUESTED, queue,             PENDING,           now,   false
            PUBLISHED,         queue,             PENDING,           now,   false
            REJECTED,          queue,             PENDING,           now,   false
            WITHDRAWN,         queue,             PENDING,           now,   false

            PENDING,           PENDING,           PENDING,           first, true
            PENDING,           CHANGES_REQUESTED, CHANGES_REQUESTED, first, false
            PENDING,           PUBLISHED,         PUBLISHED,         first, false
            PENDING,           REJECTED,          REJECTED,          first, false
            PENDING,           WITHDRAWN,         WITHDRAWN,         first, false
            CHANGES_REQUESTED, WITHDRAWN,         WITHDRAWN,         first, false
            PUBLISHED,         CHANGES_REQUESTED, CHANGES_REQUESTED, first, false
            PUBLISHED,         WITHDRAWN,         WITHDRAWN,         first, false
            """)
    void anItemKeepsItsPlaceInTheQueueOnlyWhileItWaits(ModerationStatus from, String change, ModerationStatus to,
                                                       String queuedAt, boolean urgent) {
        ModerationItem item = in(from);

        if (change.equals("queue")) {
            item.queue(false, NOW);
        } else {
            item.moveTo(ModerationStatus.valueOf(change), NOW);
        }

        assertThat(item.getStatus()).isEqualTo(to);
        assertThat(item.getQueuedAt()).isEqualTo(queuedAt.equals("first") ? QUEUED : NOW);
        assertThat(item.isUrgent()).isEqualTo(urgent);
        assertThat(item.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void newContentMakesEarlierApprovalsCountForNothing() {
        ModerationItem item = in(ModerationStatus.PENDING);
        int queued = item.getContentRevision();

        item.contentChanged(NOW);
        item.moveTo(ModerationStatus.CHANGES_REQUESTED, NOW);
        item.queue(false, NOW);

        assertThat(item.getContentRevision()).isEqualTo(queued + 2);
    }

    @Test
    void aWaitingItemMadeUrgentStaysUrgent() {
        ModerationItem item = new ModerationItem();
        item.queue(false, QUEUED);

        item.queue(true, NOW);
        item.queue(false, NOW);

        assertThat(item.isUrgent()).isTrue();
    }

    private static ModerationItem in(ModerationStatus status) {
        ModerationItem item = new ModerationItem();
        item.queue(true, QUEUED);
        if (status != ModerationStatus.PENDING) {
            item.moveTo(status, QUEUED);
        }
        return item;
    }
}
