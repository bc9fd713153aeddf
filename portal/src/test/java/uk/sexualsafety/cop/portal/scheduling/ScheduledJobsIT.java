package uk.sexualsafety.cop.portal.scheduling;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutorListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.TaskExecutionOutcome;
import org.springframework.test.context.TestPropertySource;
import uk.sexualsafety.cop.portal.IntegrationTest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job run as production runs it: scheduling and ShedLock switched on, the job taken from the
 * scheduler's registered tasks and run there, through the bean's proxy, so that the lock is taken in the database.
 * A job fails here if it throws, if ShedLock refuses it (a primitive return), or if it is skipped because its lock
 * was not taken. The crons name 31 February, so nothing runs by itself while the tests run.
 */
@IntegrationTest
@Import(ScheduledJobsIT.LockEvents.class)
@TestPropertySource(properties = {
        "portal.scheduling.enabled=true",
        "portal.stories.purge-cron=" + ScheduledJobsIT.NEVER,
        "portal.pool.offer-expiry-cron=" + ScheduledJobsIT.NEVER,
        "portal.moderation.digest-cron=" + ScheduledJobsIT.NEVER,
        "portal.policies.reminder-cron=" + ScheduledJobsIT.NEVER,
        "portal.membership.unconfirmed-purge-cron=" + ScheduledJobsIT.NEVER,
        "portal.membership.declined-purge-cron=" + ScheduledJobsIT.NEVER,
        "portal.email-links.purge-cron=" + ScheduledJobsIT.NEVER,
        "portal.throttles.purge-cron=" + ScheduledJobsIT.NEVER,
        "portal.search.aborted-retry-interval=P3650D"})
class ScheduledJobsIT {

    static final String NEVER = "0 0 0 31 2 *";

    /** Each job: its lock's name and the method the scheduler calls (by name: some jobs are package-private). */
    record Job(String lock, String type, String method) {

        String task() {
            return PORTAL + type + "." + method;
        }

        Class<?> beanType() {
            try {
                return Class.forName(PORTAL + type);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public String toString() {
            return lock;
        }
    }

    private static final String PORTAL = "uk.sexualsafety.cop.portal.";

    static final List<Job> JOBS = List.of(
            new Job("purge-withdrawn-stories", "story.StoryRetention", "purgeWithdrawnStories"),
            new Job("expire-investigator-offers", "investigator.OfferExpiry", "expireOffers"),
            new Job("moderation-digest", "moderation.ModerationNotifications", "sendOverdueDigest"),
            new Job("policy-review-reminders", "policy.reminder.PolicyReviewReminders", "sendDueReminders"),
            new Job("purge-unconfirmed-membership-requests", "member.UnconfirmedRequestRetention",
                    "purgeUnconfirmedRequests"),
            new Job("purge-declined-membership-requests", "member.DeclinedRequestRetention",
                    "purgeDeclinedRequests"),
            new Job("purge-expired-email-links", "emaillink.EmailLinkRetention", "purgeExpiredLinks"),
            new Job("purge-expired-throttle-buckets", "throttle.ExpiredBucketsCleanup", "purgeExpiredBuckets"),
            new Job("retry-aborted-indexing", "search.AbortedIndexingRetry", "retryAbortedChanges"));

    /** What ShedLock did with each lock, told by its own listener. */
    static class LockEvents implements LockingTaskExecutorListener {

        final Set<String> acquired = ConcurrentHashMap.newKeySet();
        final Set<String> notAcquired = ConcurrentHashMap.newKeySet();
        final Set<String> finished = ConcurrentHashMap.newKeySet();

        @Override
        public void onLockAcquired(LockConfiguration lock) {
            acquired.add(lock.getName());
        }

        @Override
        public void onLockNotAcquired(LockConfiguration lock) {
            notAcquired.add(lock.getName());
        }

        @Override
        public void onTaskFinished(LockConfiguration lock, Duration duration) {
            finished.add(lock.getName());
        }

        void clear() {
            acquired.clear();
            notAcquired.clear();
            finished.clear();
        }
    }

    @Autowired
    List<ScheduledTaskHolder> schedulers;
    @Autowired
    LockEvents lockEvents;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forget() {
        lockEvents.clear();
    }

    static Stream<Job> jobs() {
        return JOBS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    void eachJobRunsThroughTheSchedulerWithItsLockTaken(Job job) {
        assertThat(AopUtils.isAopProxy(context.getBean(job.beanType()))).as("the job's bean is ShedLock's proxy")
                .isTrue();

        TaskExecutionOutcome outcome = run(job);

        assertThat(outcome.status()).as("%s ran without an exception: %s", job, outcome.throwable())
                .isEqualTo(TaskExecutionOutcome.Status.SUCCESS);
        assertThat(lockEvents.notAcquired).as("skipped for want of its lock").doesNotContain(job.lock());
        assertThat(lockEvents.acquired).as("took its lock").contains(job.lock());
        assertThat(lockEvents.finished).as("ran under its lock").contains(job.lock());
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ? and locked_by is not null",
                Integer.class, job.lock())).as("its lock row in the database").isEqualTo(1);
    }

    @Test
    void everyScheduledTaskIsALockedJobTestedHere() {
        assertThat(tasks()).extracting(task -> task.getTask().getRunnable().toString())
                .containsExactlyInAnyOrderElementsOf(JOBS.stream().map(Job::task).toList());
    }

    @Test
    void aWithdrawnStoryPastRetentionIsPurgedByTheScheduledRun() {
        long story = insertStory("WITHDRAWN", Instant.now().minus(Duration.ofDays(31)));
        long recent = insertStory("WITHDRAWN", Instant.now().minus(Duration.ofDays(29)));

        run(job("purge-withdrawn-stories"));

        assertThat(exists("story", story)).as("past retention").isFalse();
        assertThat(exists("story", recent)).as("within retention").isTrue();
    }

    @Test
    void aDeclinedRequestPastRetentionIsPurgedByTheScheduledRunAndTheOthersStay() {
        long old = insertRequest("DECLINED", Instant.now().minus(Duration.ofDays(31)));
        long recent = insertRequest("DECLINED", Instant.now().minus(Duration.ofDays(29)));
        long approved = insertRequest("APPROVED", Instant.now().minus(Duration.ofDays(90)));
        long waiting = insertRequest("PENDING", null);

        run(job("purge-declined-membership-requests"));

        assertThat(exists("membership_request", old)).as("declined 31 days ago").isFalse();
        assertThat(exists("membership_request", recent)).as("declined 29 days ago").isTrue();
        assertThat(exists("membership_request", approved)).as("approved").isTrue();
        assertThat(exists("membership_request", waiting)).as("waiting").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DECLINED_REQUESTS_PURGED' "
                + "and actor_id is null", Integer.class)).isPositive();
    }

    private TaskExecutionOutcome run(Job job) {
        ScheduledTask task = tasks().stream()
                .filter(candidate -> candidate.getTask().getRunnable().toString().equals(job.task()))
                .findFirst().orElseThrow(() -> new AssertionError(job + " is not scheduled"));
        try {
            task.getTask().getRunnable().run();
        } catch (RuntimeException thrown) {
            // Recorded in the outcome below, as the scheduler records it.
        }
        return task.getTask().getLastExecutionOutcome();
    }

    private List<ScheduledTask> tasks() {
        return schedulers.stream().flatMap(holder -> holder.getScheduledTasks().stream()).toList();
    }

    private static Job job(String lock) {
        return JOBS.stream().filter(job -> job.lock().equals(lock)).findFirst().orElseThrow();
    }

    private boolean exists(String table, long id) {
        return jdbc.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id) == 1;
    }

    private long insertStory(String status, Instant withdrawnAt) {
        String title = "Scheduled purge " + UUID.randomUUID();
        jdbc.update("insert into story (title, body, relation, harm_structure, readership, status, submitted_at, "
                        + "updated_at, withdrawn_at) values (?, 'Text', 'EXPERIENCED', 'COLLEAGUE_TO_COLLEAGUE', "
                        + "'MEMBERS_ONLY', ?, ?, ?, ?)", title, status, Timestamp.from(withdrawnAt),
                Timestamp.from(withdrawnAt), Timestamp.from(withdrawnAt));
        return jdbc.queryForObject("select id from story where title = ?", Long.class, title);
    }

    private long insertRequest(String status, Instant decidedAt) {
        String email = "scheduled-" + UUID.randomUUID() + "@nhs.net";
        Long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
        Timestamp requested = Timestamp.from(Instant.now().minus(Duration.ofDays(100)));
        jdbc.update("insert into membership_request (full_name, email, job_title, organisation_id, status, "
                        + "requested_at, decided_at) values ('Someone', ?, 'Lead', ?, ?, ?, ?)", email,
                organisation, status, requested, decidedAt == null ? null : Timestamp.from(decidedAt));
        return jdbc.queryForObject("select id from membership_request where email = ?", Long.class, email);
    }
}
