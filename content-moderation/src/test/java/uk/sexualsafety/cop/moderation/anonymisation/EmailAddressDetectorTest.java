package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;

class EmailAddressDetectorTest {

    private final Detector detector = new EmailAddressDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Contact jane.doe@example.nhs.uk today           | jane.doe@example.nhs.uk
            Write to j.bloggs+cop@example.org.              | j.bloggs+cop@example.org
            (mail: team_lead@ambulance.example.co.uk)       | team_lead@ambulance.example.co.uk
            "He said 'o'brien@example.com' was his"         | o'brien@example.com
            EMAIL:JANE@EXAMPLE.COM, then                    | JANE@EXAMPLE.COM
            <a.b-c@sub-domain.example.org>                  | a.b-c@sub-domain.example.org
            zoë.smith@example.net?                          | zoë.smith@example.net
            mailto:crew.42@example.ac.uk;                   | crew.42@example.ac.uk
            see ...jane@example.com...                      | jane@example.com
            """)
    void findsEmailAddresses(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.EMAIL_ADDRESS, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "meet @ 10 o'clock",
            "follow @ambulance_staff for updates",
            "jane@localhost",
            "jane@example",
            "jane@example.c",
            "jane@.example.com",
            "jane@-example.com",
            "jane@example.123",
            "2 @ £5 each",
            "no address here at all",
    })
    void ignoresLookAlikes(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void findsEveryAddressWithItsOffsets() {
        String text = "From a@example.com to b.c@example.org.";

        assertThat(detector.detect(text))
                .extracting(Finding::start, Finding::end, Finding::text)
                .containsExactly(
                        tuple(5, 18, "a@example.com"),
                        tuple(22, 37, "b.c@example.org"));
    }

    @Test
    void ignoresALocalPartLongerThanAnyAddressHas() {
        assertFindsNothing(detector, "x".repeat(65) + "@example.com");
        assertFindsOnly(detector, "x".repeat(64) + "@example.com", FindingType.EMAIL_ADDRESS,
                "x".repeat(64) + "@example.com");
    }
}
