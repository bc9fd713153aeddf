package uk.sexualsafety.cop.moderation.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Checks a detector's findings against the text a test expects it to find, offsets included. */
final class DetectorAssertions {

    private DetectorAssertions() {
    }

    static void assertFindsOnly(Detector detector, String text, FindingType type, String expected) {
        int start = text.indexOf(expected);
        assertThat(start).as("the expected finding is part of the test's text").isNotNegative();

        assertThat(detector.detect(text))
                .extracting(Finding::type, Finding::start, Finding::end, Finding::text, Finding::replacement)
                .containsExactly(tuple(type, start, start + expected.length(), expected, type.defaultReplacement()));
    }

    static void assertFindsNothing(Detector detector, String text) {
        assertThat(detector.detect(text)).isEmpty();
    }
}
