package uk.sexualsafety.cop.portal.story;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.search.IndexAdministration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Purges withdrawn stories once their retention period has passed: the story, its moderation item and history go;
 * the audit trail keeps only that it happened, and the search index is merged so that no copy of their text stays in
 * its files. Runs in small batches, each its own short transaction.
 */
@Service
public class StoryRetention {

    private static final Logger log = LoggerFactory.getLogger(StoryRetention.class);
    private static final int BATCH = 100;

    private final StoryRepository stories;
    private final ModerationWorkflow workflow;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final StoryProperties properties;
    private final IndexAdministration index;
    private final Clock clock;

    StoryRetention(StoryRepository stories, ModerationWorkflow workflow, AuditTrail audit,
                   TransactionTemplate transaction, StoryProperties properties, IndexAdministration index,
                   Clock clock) {
        this.index = index;
        this.stories = stories;
        this.workflow = workflow;
        this.audit = audit;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Hourly, on one node at a time. Returns nothing: ShedLock cannot lock a method that returns a primitive, and
     * would refuse to run it at all.
     */
    @Scheduled(cron = "${portal.stories.purge-cron:0 20 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "purge-withdrawn-stories", lockAtMostFor = "PT30M")
    public void purgeWithdrawnStories() {
        purgeWithdrawnStoriesPastRetention();
    }

    /** Purges every withdrawn story past retention; returns how many. The scheduled run and tests call it. */
    public int purgeWithdrawnStoriesPastRetention() {
        Instant before = clock.instant().minus(properties.withdrawnRetention());
        int purged = 0;
        List<Long> batch;
        do {
            batch = stories.findWithdrawnBefore(before, PageRequest.of(0, BATCH));
            for (long storyId : batch) {
                transaction.executeWithoutResult(status -> {
                    workflow.purge(StoryContentType.NAME, storyId);
                    stories.deleteById(storyId);
                    audit.record("STORY_PURGED", StoryContentType.NAME, storyId, null);
                });
                purged++;
            }
        } while (batch.size() == BATCH);
        if (purged > 0) {
            // Withdrawal deleted the stories' documents; merging drops them from the index files for good.
            index.expungeDeletedDocuments(Story.class);
            log.info("Purged {} withdrawn stories past their retention period", purged);
        }
        return purged;
    }
}
