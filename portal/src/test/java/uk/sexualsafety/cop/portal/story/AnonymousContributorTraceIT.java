package uk.sexualsafety.cop.portal.story;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.DatabaseRows;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.security.SignIn;
import uk.sexualsafety.cop.portal.security.SignInSecurityContextRepository;
import uk.sexualsafety.cop.portal.security.SignInSessions;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;

/**
 * Anonymous means anonymous, whoever is signed in: a person signed in with a real sign-in sends a story anonymously,
 * revises it, replaces its receipt code and withdraws it through the services the pages use, and then every column
 * of every table the database lists (so a table added later is read too) is compared with before. No row these
 * actions wrote holds the account's id, email address or name, the sign-in's id, the client's address or its
 * browser; and the story's own times and those of its moderation and audit rows are whole hours.
 */
@IntegrationTest
class AnonymousContributorTraceIT {

    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) TraceTestBrowser/71.3";
    private static final Set<String> TABLES_WITH_THE_STORYS_TIMES = Set.of("story", "moderation_item",
            "moderation_history", "audit_event");

    @Autowired
    StorySubmissions submissions;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SignInSessions signIns;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MEMBER", "CONTRIBUTOR", "MODERATOR"})
    void anAnonymousStorySentRevisedRecodedAndWithdrawnWhileSignedInLeavesNothingOfThePerson(
            Role role) {
        // An account id no other number in these rows can equal by chance (story and item ids are small).
        jdbc.execute("alter table account auto_increment = "
                + (8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L)));
        TestAccounts.Credentials person = accounts.create(role);
        SignIn signIn = signIns.start(person.accountId(), "Firefox on Linux");
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        signedInThroughABrowser(person, signIn, client);
        Map<String, Map<String, Integer>> before = snapshot();

        SubmissionReceipt receipt = submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE, client);
        submissions.revise(ContributorAccess.receiptCode(receipt.receiptCode()),
                anonymousStory().saying("The same story, told again with more about what helped afterwards.")
                        .draft(), ApprovedFindings.NONE, client);
        String newCode = submissions.replaceReceiptCode(receipt.recoveryCode(), client);
        ContributorStory withdrawn = submissions.withdraw(ContributorAccess.receiptCode(newCode), client);

        assertThat(withdrawn.anonymous()).isTrue();
        Map<String, List<Map<String, Object>>> written = writtenSince(before);
        assertThat(written).as("the actions wrote rows").containsKeys("story", "moderation_item",
                "moderation_history", "audit_event");
        List<String> traces = List.of(Long.toString(person.accountId()), person.email(), person.displayName(),
                signIn.id(), client, USER_AGENT);
        written.forEach((table, rows) -> rows.forEach(row -> row.forEach((column, value) -> {
            String shown = DatabaseRows.shown(value);
            assertThat(traces).as("%s.%s of a row the anonymous story's actions wrote", table, column)
                    .noneMatch(trace -> shown.toLowerCase().contains(trace.toLowerCase()));
        })));
        TABLES_WITH_THE_STORYS_TIMES.forEach(table -> written.getOrDefault(table, List.of()).forEach(row ->
                row.forEach((column, value) -> {
                    if (value instanceof Timestamp || value instanceof LocalDateTime) {
                        LocalDateTime time = value instanceof Timestamp stamp ? stamp.toLocalDateTime()
                                : (LocalDateTime) value;
                        assertThat(time).as("%s.%s is kept to the hour", table, column)
                                .isEqualTo(time.truncatedTo(ChronoUnit.HOURS));
                    }
                })));
    }

    /** The account in the security context, and a request from its browser with its sign-in cookie. */
    private void signedInThroughABrowser(TestAccounts.Credentials person, SignIn signIn, String client) {
        signedIn.as(person.accountId());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/share-your-story");
        request.setRemoteAddr(client);
        request.addHeader("User-Agent", USER_AGENT);
        request.setCookies(new Cookie(SignInSecurityContextRepository.COOKIE_NAME, signIn.id()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    /** Every row of every table, counted by its values, table by table. */
    private Map<String, Map<String, Integer>> snapshot() {
        var tables = new HashMap<String, Map<String, Integer>>();
        new DatabaseRows(jdbc).all().forEach((table, rows) -> {
            var counted = new HashMap<String, Integer>();
            rows.forEach(row -> counted.merge(key(row), 1, Integer::sum));
            tables.put(table, counted);
        });
        return tables;
    }

    /** The rows that are new or changed since {@code before}: new tables included. */
    private Map<String, List<Map<String, Object>>> writtenSince(Map<String, Map<String, Integer>> before) {
        var written = new HashMap<String, List<Map<String, Object>>>();
        new DatabaseRows(jdbc).all().forEach((table, rows) -> {
            var remaining = new HashMap<>(before.getOrDefault(table, Map.of()));
            for (Map<String, Object> row : rows) {
                String key = key(row);
                if (remaining.getOrDefault(key, 0) > 0) {
                    remaining.merge(key, -1, Integer::sum);
                } else {
                    written.computeIfAbsent(table, ignored -> new ArrayList<>()).add(row);
                }
            }
        });
        return written;
    }

    private static String key(Map<String, Object> row) {
        var key = new StringBuilder();
        row.forEach((column, value) -> key.append(column).append('=').append(DatabaseRows.shown(value))
                .append('\u0001'));
        return key.toString();
    }
}
