package uk.sexualsafety.cop.portal.search;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.throttle.AtOnce;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.IndexFormat;
import uk.sexualsafety.cop.search.RebuildProgress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class IndexRebuildsIT {

    @Autowired
    IndexRebuilds rebuilds;
    @Autowired
    IndexAdministration index;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    IndexFormat format;
    @Autowired
    IndexOnStartup startup;
    @Autowired
    RebuildTracker tracker;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void anAdministratorRebuildsTheIndexAndFollowsItToTheEndAndItIsAudited() {
        // At least one published item, whatever ran before (nothing else is indexed).
        new SearchTestData(context).somePublishedCaseStudy(accounts.create(Role.MEMBER).accountId());
        TestAccounts.Credentials administrator = accounts.create(Role.ADMINISTRATOR);
        signedIn.as(administrator.accountId());

        IndexRebuildStatus started = rebuilds.start();

        assertThat(started.startedBy()).contains(administrator.displayName());
        IndexRebuildStatus finished = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> rebuilds.overview().latest().orElseThrow(), IndexRebuildStatus::succeeded);
        assertThat(finished.startedAt()).isEqualTo(started.startedAt());
        assertThat(finished.done()).isEqualTo(finished.total()).isPositive();
        assertThat(finished.fraction()).isEqualTo(1.0);
        assertThat(finished.finishedAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(
                started.startedAt()));
        SearchIndexOverview overview = rebuilds.overview();
        assertThat(overview.rebuilding()).isFalse();
        assertThat(overview.documents().orElseThrow()).isPositive();

        assertThat(jdbc.queryForList("select actor_id from audit_event where action = "
                + "'SEARCH_INDEX_REBUILD_STARTED' and target_type = 'search_index'", Long.class))
                .contains(administrator.accountId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select detail from audit_event where action = 'SEARCH_INDEX_REBUILT' order by id desc",
                String.class)).first().asString().startsWith(finished.done() + " documents in "));
    }

    @Test
    void aSecondRebuildIsRefusedWhileOneRuns() throws Exception {
        signedIn.as(accounts.create(Role.ADMINISTRATOR).accountId());
        CountDownLatch hold = new CountDownLatch(1);
        // A rebuild that waits at its first report, so that it is certainly still running.
        CompletionStage<RebuildProgress> running = index.rebuild(progress -> waitFor(hold));
        try {
            assertThat(rebuilds.overview().rebuilding()).isTrue();

            assertThatThrownBy(() -> rebuilds.start()).isInstanceOf(RebuildRefusedException.class)
                    .hasMessage("The search index is already being rebuilt. Wait until that rebuild has finished; "
                            + "its progress is shown here.");
        } finally {
            hold.countDown();
            running.toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
        assertThat(rebuilds.overview().rebuilding()).isFalse();
    }

    @Test
    void onlyAdministratorsSeeOrStartRebuilds() {
        for (Role role : List.of(Role.MEMBER, Role.MODERATOR)) {
            signedIn.as(accounts.create(role).accountId());

            assertThatThrownBy(() -> rebuilds.start()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rebuilds.overview()).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.nobody();
        assertThatThrownBy(() -> rebuilds.start()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anIndexWrittenByAnEarlierVersionIsRebuiltWhenThePortalStarts() throws Exception {
        new SearchTestData(context).somePublishedCaseStudy(accounts.create(Role.MEMBER).accountId());
        // What a portal from before decision 026 leaves: documents, and no record of this format.
        Path indexDirectory = Path.of(String.valueOf(entityManagerFactory.getProperties()
                .get("hibernate.search.backend.directory.root")));
        Files.writeString(indexDirectory.resolve("portal-index-format"), "1: every story, whatever its state");
        assertThat(format.isCurrent()).isFalse();

        startup.rebuildAnEmptyOrOutdatedIndex();

        IndexRebuildStatus rebuilt = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> tracker.latest().orElseThrow(), IndexRebuildStatus::succeeded);
        assertThat(rebuilt.startedBy()).isEmpty();
        assertThat(format.isCurrent()).isTrue();
        assertThat(index.indexState().documents()).isPositive();

        startup.rebuildAnEmptyOrOutdatedIndex();
        assertThat(tracker.latest()).contains(rebuilt);
    }

    @Test
    void aRebuildRunningOnAnotherNodeShowsHereWithItsProgressAndRefusesASecondOne() {
        TestAccounts.Credentials elsewhere = accounts.create(Role.ADMINISTRATOR);
        signedIn.as(accounts.create(Role.ADMINISTRATOR).accountId());
        SharedRebuildState otherNode = new SharedRebuildState(jdbc);
        String run = otherNode.claim(elsewhere.accountId(), Instant.now()).orElseThrow();
        try {
            otherNode.beat(run, 40, 100, Instant.now());

            SearchIndexOverview overview = rebuilds.overview();
            assertThat(overview.rebuilding()).isTrue();
            assertThat(overview.latest()).hasValueSatisfying(latest -> {
                assertThat(latest.running()).isTrue();
                assertThat(latest.startedBy()).contains(elsewhere.displayName());
                assertThat(latest.done()).isEqualTo(40);
                assertThat(latest.total()).isEqualTo(100);
            });
            assertThatThrownBy(() -> rebuilds.start()).isInstanceOf(RebuildRefusedException.class)
                    .hasMessage("The search index is already being rebuilt. Wait until that rebuild has finished; "
                            + "its progress is shown here.");
        } finally {
            otherNode.end(run, 100, 100, false, Instant.now());
        }
        assertThat(rebuilds.overview().rebuilding()).isFalse();
        assertThat(rebuilds.overview().latest()).hasValueSatisfying(latest -> assertThat(latest.succeeded()).isTrue());
    }

    @Test
    void aRebuildWhoseNodeStoppedBeatingCountsAsFailedAndNoLongerBlocksTheNext() {
        signedIn.as(accounts.create(Role.ADMINISTRATOR).accountId());
        SharedRebuildState crashedNode = new SharedRebuildState(jdbc);
        crashedNode.claim(null, Instant.now().minus(Duration.ofMinutes(5))).orElseThrow();

        assertThat(rebuilds.overview().rebuilding()).isFalse();
        assertThat(rebuilds.overview().latest()).hasValueSatisfying(latest -> assertThat(latest.failed()).isTrue());

        rebuilds.start();
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> rebuilds.overview().latest().orElseThrow(), IndexRebuildStatus::succeeded);
    }

    @Test
    void ofClaimsMadeAtTheSameMomentOnSeveralNodesOnlyOneStartsARebuild() throws Exception {
        signedIn.as(accounts.create(Role.ADMINISTRATOR).accountId());
        await().atMost(Duration.ofSeconds(60)).until(() -> !tracker.isRebuilding());
        Instant now = Instant.now();

        List<Optional<String>> claims = AtOnce.run(10, node -> new SharedRebuildState(jdbc).claim(null, now));

        List<String> won = claims.stream().flatMap(Optional::stream).toList();
        assertThat(won).hasSize(1);
        new SharedRebuildState(jdbc).end(won.getFirst(), 0, 0, false, Instant.now());
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
