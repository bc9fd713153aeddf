package uk.sexualsafety.cop.portal.story;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.story.StoryStatus;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;

@IntegrationTest
class StorySubmissionsIT {

    @Autowired
    StorySubmissions submissions;
    @Autowired
    StoryRepository stories;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoryThrottles throttles;
    @Autowired
    ModerationWorkflow workflow;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void anAnonymousStoryKeepsOnlyHashesOfItsCodesAndNothingAboutItsContributor() {
        SubmissionReceipt receipt = submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE,
                uniqueClient());

        assertThat(receipt.receiptCode()).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(receipt.recoveryCode()).isNotEqualTo(receipt.receiptCode());
        var row = jdbc.queryForMap("select * from story where id = ?", receipt.storyId());
        assertThat(row.get("contributor_account_id")).isNull();
        assertThat(row.values()).noneMatch(value -> value != null && (value.toString().contains(receipt.receiptCode())
                || value.toString().contains(receipt.recoveryCode().replace("-", ""))));
        assertThat((byte[]) row.get("receipt_code_hash")).hasSize(32);
        assertThat(row.keySet()).map(String::toLowerCase).noneMatch(column -> column.contains("address")
                || column.endsWith("_ip") || column.contains("agent") || column.contains("email"));
    }

    @Test
    void theReceiptCodeOpensTheStoryTypedInAnyCaseAndWithOrWithoutDashes() {
        SubmissionReceipt receipt = submissions.submit(anonymousStory().titled("Opened by its code").draft(),
                ApprovedFindings.NONE, uniqueClient());

        String typed = " " + receipt.receiptCode().toLowerCase().replace("-", " ") + " ";
        ContributorStory story = submissions.open(ContributorAccess.receiptCode(typed), uniqueClient());

        assertThat(story.title()).isEqualTo("Opened by its code");
        assertThat(story.status()).isEqualTo(StoryStatus.IN_MODERATION);
        assertThat(story.mayEdit()).isTrue();
    }

    @Test
    void wrongAndMalformedCodesGetTheSameAnswer() {
        for (String code : List.of("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG", "not a code", "", "'; drop table story;--")) {
            assertThatThrownBy(() -> submissions.open(ContributorAccess.receiptCode(code), uniqueClient()))
                    .isInstanceOf(StoryNotFoundException.class)
                    .hasMessage("We could not find a story with that code. Check the code and try again.");
        }
    }

    @Test
    void repeatedCodeAttemptsFromOneClientAreThrottled() {
        String client = uniqueClient();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThatThrownBy(() -> submissions.open(ContributorAccess.receiptCode("WRONG"), client))
                    .isInstanceOf(StoryNotFoundException.class);
        }
        assertThatThrownBy(() -> submissions.open(ContributorAccess.receiptCode("WRONG"), client))
                .isInstanceOf(TooManyAttemptsException.class).hasMessageContaining("wait ten minutes");
    }

    @Test
    void theRecoveryCodeIssuesANewReceiptCodeAndTheOldOneStopsWorking() {
        SubmissionReceipt receipt = submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE,
                uniqueClient());

        String newCode = submissions.replaceReceiptCode(receipt.recoveryCode(), uniqueClient());

        assertThat(newCode).isNotEqualTo(receipt.receiptCode());
        assertThat(submissions.open(ContributorAccess.receiptCode(newCode), uniqueClient()).id())
                .isEqualTo(receipt.storyId());
        assertThatThrownBy(() -> submissions.open(ContributorAccess.receiptCode(receipt.receiptCode()),
                uniqueClient())).isInstanceOf(StoryNotFoundException.class);
        assertThatThrownBy(() -> submissions.replaceReceiptCode(receipt.receiptCode(), uniqueClient()))
                .isInstanceOf(StoryNotFoundException.class);
    }

    @Test
    void aSixthAnonymousSubmissionWithinTenMinutesFromOneClientIsRefusedAndTheFirstFiveKept() {
        String client = uniqueClient();
        long before = stories.count();
        for (int i = 0; i < 5; i++) {
            submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE, client);
        }

        assertThatThrownBy(() -> submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE, client))
                .isInstanceOf(TooManyAttemptsException.class).hasMessageContaining("We have not saved your story");
        assertThat(stories.count()).isGreaterThanOrEqualTo(before + 5);
        submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE, uniqueClient());
    }

    @Test
    void twoHundredClientsSpendingTheStoryAllowanceAndGuessingCodesCannotKeepAnyoneFromTheirStory() {
        SubmissionReceipt mine = submissions.submit(anonymousStory().titled("Mine").draft(), ApprovedFindings.NONE,
                uniqueClient());
        ContributorAccess myCode = ContributorAccess.receiptCode(mine.receiptCode());
        String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + ":";
        List<String> clients = IntStream.range(0, 400).mapToObj(client -> network + Integer.toHexString(client)
                + "::1").toList();
        Map<String, Long> flood = new LinkedHashMap<>();
        try {
            // Each client sends a story until everyone's allowance is spent (200 a window, less what other tests
            // sent; up to two windows' worth, should one end meanwhile) ...
            SubmissionsPausedException paused = null;
            for (Iterator<String> client = clients.iterator(); paused == null && client.hasNext(); ) {
                String address = client.next();
                try {
                    flood.put(address, submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE, address)
                            .storyId());
                } catch (SubmissionsPausedException refused) {
                    paused = refused;
                }
            }
            assertThat(paused).as("everyone's allowance spent").isNotNull();
            assertThatThrownBy(() -> submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE,
                    uniqueClient())).isInstanceOf(SubmissionsPausedException.class);
            // ... and 200 clients guess ten codes each: twice the old allowance of code attempts for everyone.
            ReceiptCodes guesses = new ReceiptCodes();
            clients.subList(0, 200).forEach(client -> IntStream.range(0, 10).forEach(guess -> assertThatThrownBy(
                    () -> submissions.open(ContributorAccess.receiptCode(guesses.newCode()), client))
                    .isInstanceOf(StoryNotFoundException.class)));

            String contributor = uniqueClient();
            assertThat(submissions.open(myCode, contributor).title()).isEqualTo("Mine");
            assertThat(submissions.revise(myCode, anonymousStory().titled("Mine, put better").draft(),
                    ApprovedFindings.NONE, contributor).title()).isEqualTo("Mine, put better");
            assertThat(submissions.withdraw(myCode, contributor).status()).isEqualTo(StoryStatus.WITHDRAWN);
        } finally {
            // Other tests in this context send anonymous stories too.
            flood.keySet().forEach(throttles::giveBackAnonymousSubmission);
            flood.values().forEach(storyId -> transaction.executeWithoutResult(status -> {
                workflow.purge(StoryContentType.NAME, storyId);
                stories.deleteById(storyId);
            }));
        }
    }

    @Test
    void emptyBlankAndInvisibleStoriesAndOverlongOnesAreRefusedWithAMessageForTheField() {
        for (String body : List.of("", "   \n\t ", "\u0000\u0007\u200B\u2060 ")) {
            assertThatThrownBy(() -> submissions.preview(anonymousStory().saying(body).draft()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsKey("body").extractingByKey("body").asString().contains("Write your story"));
        }
        String tooLong = "word ".repeat(20_001);
        assertThatThrownBy(() -> submissions.preview(anonymousStory().saying(tooLong).draft()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("body"))
                        .contains("20,001 words").contains("20,000"));
        assertThatThrownBy(() -> submissions.preview(anonymousStory().titled(" ").draft()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("title"));
    }

    @Test
    void thePreviewShowsWhatCouldIdentifySomeoneAndOnlyAcceptedReplacementsAreSubmitted() {
        StoryDraft draft = anonymousStory().saying("Call me on 07700 900123 or write to jo.bloggs@nhs.net please.")
                .draft();
        AnonymisationPreview preview = submissions.preview(draft);
        assertThat(preview.bodyFindings()).hasSize(2);

        SubmissionReceipt receipt = submissions.submit(draft,
                new ApprovedFindings(List.of(), List.of(preview.bodyFindings().getFirst())), uniqueClient());

        assertThat(stories.findById(receipt.storyId()).orElseThrow().getBody())
                .isEqualTo("Call me on [phone number] or write to jo.bloggs@nhs.net please.");
    }

    @Test
    void findingsFromAnotherVersionOfTheTextAreRefusedRatherThanApplied() {
        AnonymisationPreview preview = submissions.preview(anonymousStory().saying("Email jo@nhs.net today").draft());

        assertThatThrownBy(() -> submissions.submit(anonymousStory().saying("Something else entirely now").draft(),
                new ApprovedFindings(List.of(), preview.bodyFindings()), uniqueClient()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("body")).contains("Check it again"));
    }

    @Test
    void textSuggestingSomeoneIsAtRiskNowMarksTheStoryUrgent() {
        SubmissionReceipt receipt = submissions.submit(anonymousStory().saying("He still follows me home after "
                + "every shift and I am not safe.").draft(), ApprovedFindings.NONE, uniqueClient());

        assertThat(receipt.urgent()).isTrue();
        assertThat(jdbc.queryForObject("select urgent from moderation_item where content_type = 'story' and "
                + "content_id = ?", Boolean.class, receipt.storyId())).isTrue();
    }

    @Test
    void markupInAStoryIsKeptAsTheTextItIs() {
        String body = "<script>alert('x')</script><b>bold</b> & more";
        SubmissionReceipt receipt = submissions.submit(anonymousStory().saying(body).draft(), ApprovedFindings.NONE,
                uniqueClient());

        assertThat(stories.findById(receipt.storyId()).orElseThrow().getBody()).isEqualTo(body);
    }

    @Test
    void aSignedInContributorCanLinkAStoryToTheirAccountAndOnlyTheyCanOpenIt() {
        TestAccounts.Credentials contributor = accounts.create(Role.CONTRIBUTOR);
        TestAccounts.Credentials someoneElse = accounts.create(Role.CONTRIBUTOR);
        signedIn.as(contributor.accountId());
        SubmissionReceipt receipt = submissions.submit(StoryTestData.linkedStory().draft(), ApprovedFindings.NONE,
                uniqueClient());

        assertThat(receipt.receipt()).isEmpty();
        assertThat(submissions.ownStories()).extracting(ContributorStory::id).contains(receipt.storyId());
        assertThat(submissions.open(ContributorAccess.ownStory(receipt.storyId()), uniqueClient()).anonymous())
                .isFalse();

        signedIn.as(someoneElse.accountId());
        assertThatThrownBy(() -> submissions.open(ContributorAccess.ownStory(receipt.storyId()), uniqueClient()))
                .isInstanceOf(StoryNotFoundException.class);
        assertThatThrownBy(() -> submissions.withdraw(ContributorAccess.ownStory(receipt.storyId()),
                uniqueClient())).isInstanceOf(StoryNotFoundException.class);
    }

    @Test
    void aWithdrawnStoryCannotBeEditedOrWithdrawnAgain() {
        SubmissionReceipt receipt = submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE,
                uniqueClient());
        ContributorAccess access = ContributorAccess.receiptCode(receipt.receiptCode());

        ContributorStory withdrawn = submissions.withdraw(access, uniqueClient());

        assertThat(withdrawn.status()).isEqualTo(StoryStatus.WITHDRAWN);
        assertThat(withdrawn.mayEdit()).isFalse();
        assertThatThrownBy(() -> submissions.revise(access, anonymousStory().draft(), ApprovedFindings.NONE,
                uniqueClient())).isInstanceOf(ActionRefusedException.class).hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> submissions.withdraw(access, uniqueClient()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("already been withdrawn");
    }
}
