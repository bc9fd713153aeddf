package uk.sexualsafety.cop.moderation.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Checks a detector's findings against the text a test expects it to find, offsets included. */
final class DetectorAssertions {

    private DetectorAssertions() {
    }

    static void assertFindsOnly(Detector detector, String text, FindingType type, String expected) {
        assertFindsOnly(detector, text, type, expected, type.defaultReplacement());
    }

    static void assertFindsOnly(Detector detector, String text, FindingType type, String expected,
                                String replacement) {
        int start = text.indexOf(expected);
        assertThat(start).as("the expected finding is part of the test's text").isNotNegative();

        assertThat(detector.detect(text))
                .extracting(Finding::type, Finding::start, Finding::end, Finding::text, Finding::replacement)
                .containsExactly(tuple(type, start, start + expected.length(), expected, replacement));
    }

    static void assertFindsNothing(Detector detector, String text) {
        assertThat(detector.detect(text)).isEmpty();
    }

    /** The detector finds one thing in each text, and is surer of it in the first. */
    static void assertSurerIn(Detector detector, String surer, String lessSure) {
        assertThat(confidenceOfOnlyFinding(detector, surer))
                .as("confidence in \"%s\" against \"%s\"", surer, lessSure)
                .isGreaterThan(confidenceOfOnlyFinding(detector, lessSure));
    }

    private static double confidenceOfOnlyFinding(Detector detector, String text) {
        var findings = detector.detect(text);
        assertThat(findings).as("findings in \"%s\"", text).hasSize(1);
        return findings.getFirst().confidence();
    }
}
