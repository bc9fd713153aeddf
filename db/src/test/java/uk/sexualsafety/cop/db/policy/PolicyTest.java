package uk.sexualsafety.cop.db.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.testing.Transitions;
import uk.sexualsafety.cop.db.testing.Unsaved;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Every state of a policy against every change, without Spring or a database: an active policy (with or without a
 * version yet) changes, a withdrawn one never again. The resulting status, or "refused" when the entity throws.
 */
class PolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(textBlock = """
            ACTIVE_WITHOUT_VERSION, describe,     ACTIVE
            ACTIVE_WITHOUT_VERSION, addVersion,   ACTIVE
            ACTIVE_WITHOUT_VERSION, recordReview, refused
            ACTIVE_WITHOUT_VERSION, withdraw,     WITHDRAWN
            ACTIVE,                 describe,     ACTIVE
            ACTIVE,                 addVersion,   ACTIVE
            ACTIVE,                 recordReview, ACTIVE
            ACTIVE,                 withdraw,     WITHDRAWN
            WITHDRAWN,              describe,     refused
            WITHDRAWN,              addVersion,   refused
            WITHDRAWN,              recordReview, refused
            WITHDRAWN,              withdraw,     refused
            """)
    void onlyAnActivePolicyChanges(String from, String change, String outcome) {
        Policy policy = in(from);

        Transitions.expect(policy, change, outcome, PolicyTest::apply, Policy::getStatus);
    }

    private static void apply(Policy policy, String change) {
        switch (change) {
            case "describe" -> policy.describe(description("Renamed"), NOW);
            case "addVersion" -> policy.addVersion(version(), 3L, NOW);
            case "recordReview" -> policy.recordReview(LocalDate.of(2028, 1, 1), NOW);
            case "withdraw" -> policy.withdraw(NOW);
            default -> throw new IllegalArgumentException(change);
        }
    }

    private static Policy in(String state) {
        var policy = new Policy(Unsaved.organisation(), description("Sexual safety policy"), 3L, NOW);
        if (!state.equals("ACTIVE_WITHOUT_VERSION")) {
            policy.addVersion(version(), 3L, NOW);
        }
        if (state.equals("WITHDRAWN")) {
            policy.withdraw(NOW);
        }
        return policy;
    }

    private static PolicyDescription description(String title) {
        return new PolicyDescription(title, PolicyType.SEXUAL_SAFETY, "What it covers", Set.of(1), false);
    }

    private static VersionContent version() {
        return new VersionContent("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "policy.pdf",
                "application/pdf", 100, new byte[32], "The policy", false);
    }
}
