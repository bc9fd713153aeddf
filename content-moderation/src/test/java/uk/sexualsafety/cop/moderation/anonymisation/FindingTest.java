package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class FindingTest {

    private static final String TEXT = "Call 07700 900123 today";

    @Test
    void ofTakesTheSpanFromTheAnalysedTextAndTheTypesReplacement() {
        Finding finding = Finding.of(FindingType.PHONE_NUMBER, TEXT, 5, 17, 0.9);

        assertThat(finding).isEqualTo(
                new Finding(5, 17, FindingType.PHONE_NUMBER, "07700 900123", "[phone number]", 0.9));
        assertThat(finding.length()).isEqualTo(12);
    }

    @Test
    void rejectsANegativeStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Finding(-1, 2, FindingType.POSTCODE, "abc", "[postcode]", 0.5));
    }

    @ParameterizedTest(name = "end {0} after start 3")
    @ValueSource(ints = {3, 2})
    void rejectsAnEndNotAfterTheStart(int end) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Finding(3, end, FindingType.POSTCODE, "", "[postcode]", 0.5));
    }

    @Test
    void rejectsTextOfAnotherLengthThanTheSpan() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Finding(0, 4, FindingType.POSTCODE, "M1 1AE", "[postcode]", 0.5))
                .withMessageNotContaining("M1 1AE");
    }

    @ParameterizedTest(name = "confidence {0}")
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAConfidenceOutsideZeroToOne(double confidence) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Finding(0, 1, FindingType.POSTCODE, "M", "[postcode]", confidence));
    }

    @ParameterizedTest(name = "confidence {0}")
    @ValueSource(doubles = {0.0, 1.0})
    void acceptsTheEndsOfTheConfidenceRange(double confidence) {
        assertThat(new Finding(0, 1, FindingType.POSTCODE, "M", "[postcode]", confidence).confidence())
                .isEqualTo(confidence);
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> new Finding(0, 1, null, "M", "[postcode]", 0.5));
        assertThatNullPointerException().isThrownBy(() -> new Finding(0, 1, FindingType.POSTCODE, null, "x", 0.5));
        assertThatNullPointerException().isThrownBy(() -> new Finding(0, 1, FindingType.POSTCODE, "M", null, 0.5));
    }

    @Test
    void ofRejectsASpanOutsideTheText() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Finding.of(FindingType.PHONE_NUMBER, TEXT, 5, TEXT.length() + 1, 0.9));
    }

    @Test
    void withReplacementKeepsEverythingElse() {
        Finding finding = Finding.of(FindingType.PHONE_NUMBER, TEXT, 5, 17, 0.9).withReplacement("a number");

        assertThat(finding.replacement()).isEqualTo("a number");
        assertThat(finding.text()).isEqualTo("07700 900123");
        assertThat(finding.start()).isEqualTo(5);
    }

    @Test
    void containsAndOverlapsCompareSpans() {
        Finding outer = Finding.of(FindingType.PHONE_NUMBER, TEXT, 5, 17, 0.9);
        Finding inner = Finding.of(FindingType.PHONE_NUMBER, TEXT, 6, 10, 0.9);
        Finding touching = Finding.of(FindingType.PHONE_NUMBER, TEXT, 17, 20, 0.9);

        assertThat(outer.contains(inner)).isTrue();
        assertThat(inner.contains(outer)).isFalse();
        assertThat(outer.overlaps(inner)).isTrue();
        assertThat(outer.overlaps(touching)).isFalse();
    }

    @Test
    void toStringLeavesOutThePersonalData() {
        Finding finding = Finding.of(FindingType.PHONE_NUMBER, TEXT, 5, 17, 0.9);

        assertThat(finding.toString()).doesNotContain("07700").contains("PHONE_NUMBER", "5..17");
    }
}
