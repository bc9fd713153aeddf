package uk.sexualsafety.cop.portal.story;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.story.StoryStatus;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemChangedException;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.portal.DatabaseRows;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;
import uk.sexualsafety.cop.portal.moderation.ItemUnderReview;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.search.SearchQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

@IntegrationTest
class StoryModerationIT {

    @Autowired
    StorySubmissions submissions;
    @Autowired
    ItemModeration moderation;
    @Autowired
    StoryReading reading;
    @Autowired
    StoryRetention retention;
    @Autowired
    PortalSearch search;
    @Autowired
    StoryRepository stories;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aStoryIsPublishedAfterTwoModeratorsApproveAndMembersThenReadAndFindIt() {
        String word = uniqueWord();
        SubmissionReceipt receipt = submitted("It happened on the " + word + " shift.");
        long firstModerator = accounts.create(Role.MODERATOR).accountId();
        long secondModerator = accounts.create(Role.MODERATOR).accountId();
        long member = accounts.create(Role.MEMBER).accountId();

        signedIn.as(member);
        assertThatThrownBy(() -> reading.read(receipt.storyId())).isInstanceOf(PublishedStoryNotFoundException.class);
        assertThat(search.search(SearchQuery.of(word)).totalHits()).isZero();

        ItemReview once = approve(receipt, firstModerator);
        assertThat(once.status().name()).isEqualTo("PENDING");
        approve(receipt, secondModerator);

        signedIn.as(member);
        assertThat(reading.read(receipt.storyId()).body()).contains(word);
        assertThat(search.search(SearchQuery.of(word)).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.id()).isEqualTo(receipt.storyId()));
        assertThat(submissions.open(ContributorAccess.receiptCode(receipt.receiptCode()), uniqueClient()).status())
                .isEqualTo(StoryStatus.PUBLISHED);
    }

    @Test
    void aWithdrawnStoryLeavesTheStoriesPageAndSearchAtOnceAndIsPurgedAfterRetention() {
        String word = uniqueWord();
        SubmissionReceipt receipt = submitted("The " + word + " incident.");
        approve(receipt, accounts.create(Role.MODERATOR).accountId());
        approve(receipt, accounts.create(Role.MODERATOR).accountId());
        long member = accounts.create(Role.MEMBER).accountId();
        signedIn.nobody();

        submissions.withdraw(ContributorAccess.receiptCode(receipt.receiptCode()), uniqueClient());

        signedIn.as(member);
        assertThat(search.search(SearchQuery.of(word)).totalHits()).isZero();
        assertThatThrownBy(() -> reading.read(receipt.storyId())).isInstanceOf(PublishedStoryNotFoundException.class);
        assertThat(reading.published(null, null, PageRequest.of(0, 1000)).getContent())
                .extracting(PublishedStory::id).doesNotContain(receipt.storyId());

        retention.purgeWithdrawnStories();
        assertThat(stories.findById(receipt.storyId())).as("kept during the retention period").isPresent();

        jdbc.update("update story set withdrawn_at = ? where id = ?", Instant.now().minus(java.time.Duration
                .ofDays(31)), receipt.storyId());
        retention.purgeWithdrawnStories();

        assertThat(stories.findById(receipt.storyId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from moderation_item where content_type = 'story' and "
                + "content_id = ?", Integer.class, receipt.storyId())).isZero();
        assertThat(jdbc.queryForList("select action from audit_event where target_type = 'story' and target_id = ?",
                String.class, String.valueOf(receipt.storyId()))).contains("STORY_SUBMITTED", "STORY_PURGED");
    }

    @Test
    void onlyAPublishedStoryIsInTheIndexAndAfterItsPurgeNoCopyOfItsTextRemainsAnywhere()
            throws IOException {
        String word = uniqueWord();
        signedIn.nobody();
        SubmissionReceipt receipt = submissions.submit(anonymousStory().titled("The " + word + " night")
                .saying("On the " + word + " night it happened.").draft(), ApprovedFindings.NONE, uniqueClient());
        Path index = indexDirectory();
        assertThat(indexFilesHolding(index, word)).as("a story waiting for moderation is not indexed").isEmpty();

        approve(receipt, accounts.create(Role.MODERATOR).accountId());
        approve(receipt, accounts.create(Role.MODERATOR).accountId());
        assertThat(indexFilesHolding(index, word)).as("a published story is in the index files").isNotEmpty();

        signedIn.nobody();
        submissions.withdraw(ContributorAccess.receiptCode(receipt.receiptCode()), uniqueClient());
        jdbc.update("update story set withdrawn_at = ? where id = ?", Instant.now().minus(java.time.Duration
                .ofDays(31)), receipt.storyId());
        retention.purgeWithdrawnStories();

        DatabaseRows.findIn(new DatabaseRows(jdbc).all(), word, (cell, value) ->
                fail("The purged story's word is still in " + cell));
        assertThat(indexFilesHolding(index, word)).as("index files holding the purged story's word").isEmpty();
    }

    @Test
    void aRequestForChangesReachesTheContributorWhoRevisesAndSendsItBack() {
        SubmissionReceipt receipt = submitted("It was at Northgate station.");
        long moderator = accounts.create(Role.MODERATOR).accountId();
        signedIn.as(moderator);
        ItemUnderReview review = review(receipt);
        moderation.decide(review.item().ref(), ModerationAction.REQUEST_CHANGES,
                Decision.message("Please leave out the station's name."), "It was at [station].");
        signedIn.nobody();

        ContributorAccess access = ContributorAccess.receiptCode(receipt.receiptCode());
        ContributorStory asked = submissions.open(access, uniqueClient());
        assertThat(asked.status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
        assertThat(asked.message()).contains("Please leave out the station's name.");
        assertThat(asked.suggestion()).contains("It was at [station].");

        ContributorStory revised = submissions.revise(access, anonymousStory().saying(asked.suggestedBody()).draft(),
                ApprovedFindings.NONE, uniqueClient());
        assertThat(revised.status()).isEqualTo(StoryStatus.IN_MODERATION);
        assertThat(revised.suggestion()).isEmpty();
        signedIn.as(moderator);
        assertThat(review(receipt).item().may(ModerationAction.APPROVE)).isTrue();
    }

    @Test
    void aModeratorAppliesFindingsAndWarningsAndAStaleVersionIsRefused() {
        SubmissionReceipt receipt = submitted("Ring me on 07700 900123 if you want to talk.");
        signedIn.as(accounts.create(Role.MODERATOR).accountId());
        ItemUnderReview review = review(receipt);

        ItemUnderReview edited = moderation.edit(review.item().ref(),
                new AcceptedFindings(Map.of("body", review.text("body").orElseThrow().findings())),
                Set.of(ContentWarning.SELF_HARM.name()));

        assertThat(edited.text("body").orElseThrow().text())
                .isEqualTo("Ring me on [phone number] if you want to talk.");
        assertThat(edited.tags().chosen()).containsExactly(ContentWarning.SELF_HARM.name());
        assertThatThrownBy(() -> moderation.decide(review.item().ref(), ModerationAction.APPROVE, Decision.NONE))
                .isInstanceOf(ItemChangedException.class);
    }

    @Test
    void onlyMembersAndModeratorsReadStoriesAndOnlyModeratorsReviewThem() {
        SubmissionReceipt receipt = submitted("Text");
        signedIn.as(accounts.create(Role.INVESTIGATOR).accountId());

        assertThatThrownBy(() -> reading.published(null, null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        assertThatThrownBy(() -> moderation.review(1L)).isInstanceOf(AccessDeniedException.class);
        signedIn.nobody();
        assertThatThrownBy(() -> reading.read(receipt.storyId())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void readingChoicesAreKeptPerMember() {
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        assertThat(reading.readingChoices()).isEqualTo(ReadingChoices.DEFAULT);

        reading.changeReadingChoices(true, Set.of(ContentWarning.SELF_HARM));

        ReadingChoices choices = reading.readingChoices();
        assertThat(choices.opensDirectly(List.of(ContentWarning.SEXUAL_HARASSMENT))).isTrue();
        assertThat(choices.opensDirectly(List.of(ContentWarning.SEXUAL_HARASSMENT, ContentWarning.SELF_HARM)))
                .isFalse();
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        assertThat(reading.readingChoices()).isEqualTo(ReadingChoices.DEFAULT);
    }

    private Path indexDirectory() {
        return Path.of(String.valueOf(entityManagerFactory.getProperties()
                .get("hibernate.search.backend.directory.root")));
    }

    /** The index's files whose bytes hold {@code word} as written (a stored title keeps it so). */
    private static List<Path> indexFilesHolding(Path index, String word) throws IOException {
        try (Stream<Path> files = Files.walk(index)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(word);
                } catch (NoSuchFileException mergedAway) {
                    return false;
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }).toList();
        }
    }

    private SubmissionReceipt submitted(String body) {
        signedIn.nobody();
        return submissions.submit(anonymousStory().saying(body).draft(), ApprovedFindings.NONE, uniqueClient());
    }

    private ItemReview approve(SubmissionReceipt receipt, long moderator) {
        signedIn.as(moderator);
        ItemUnderReview review = review(receipt);
        return moderation.decide(review.item().ref(), ModerationAction.APPROVE, Decision.NONE);
    }

    private ItemUnderReview review(SubmissionReceipt receipt) {
        long itemId = jdbc.queryForObject("select id from moderation_item where content_type = 'story' and "
                + "content_id = ?", Long.class, receipt.storyId());
        return moderation.review(itemId);
    }
}
