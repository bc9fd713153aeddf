package uk.sexualsafety.cop.portal.resource;

import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Resources for tests, each with a word of its own so that searches find only what the test made. */
public final class TestResources {

    private TestResources() {
    }

    public static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static Resource guidance(String title, String summary, Audience audience) {
        return new Resource(title, summary, "https://example.org/" + uniqueWord(), ResourceKind.GUIDANCE, audience,
                LocalDate.of(2025, 5, 1), Set.of(Theme.REPORTING_AND_SPEAKING_UP), Instant.now());
    }
}
