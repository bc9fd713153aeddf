package uk.sexualsafety.cop.portal.charts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallNumberSuppressionTest {

    @ParameterizedTest(name = "{0} cases show as \"{1}\"")
    @CsvSource({
            "0, 0",
            "1, fewer than 5",
            "3, fewer than 5",
            "4, fewer than 5",
            "5, 5",
            "12, 12",
            "1000000, 1000000"})
    void countsOfOneToFourAreSuppressedAndZeroIsShown(long count, String shown) {
        SuppressedCount suppressed = SmallNumberSuppression.DEFAULT.apply(count);

        assertThat(suppressed.text()).isEqualTo(shown);
        assertThat(suppressed.isSuppressed()).isEqualTo(count > 0 && count < 5);
    }

    @Test
    void aSuppressedCountKeepsNoNumberAndHasNoBar() {
        SuppressedCount three = SuppressedCount.of(3);

        assertThat(three.value()).isEmpty();
        assertThat(three.plotted()).isNull();
        assertThat(three).hasToString("fewer than 5").isEqualTo(SuppressedCount.of(1));
        assertThat(SuppressedCount.of(12).value()).hasValue(12);
        assertThat(SuppressedCount.of(12).plotted()).isEqualTo(12L);
        assertThat(SuppressedCount.of(0).plotted()).isZero();
    }

    @ParameterizedTest(name = "threshold {0}: {1} cases show as \"{2}\"")
    @CsvSource({
            "10, 9, fewer than 10",
            "10, 10, 10",
            "3, 2, fewer than 3",
            "3, 3, 3",
            "1, 1, 1"})
    void theThresholdCanBeChanged(int threshold, long count, String shown) {
        SmallNumberSuppression rule = new SmallNumberSuppression(threshold);

        assertThat(rule.apply(count).text()).isEqualTo(shown);
    }

    @Test
    void theNotesNameTheThreshold() {
        assertThat(SmallNumberSuppression.DEFAULT.suppressedText()).isEqualTo("fewer than 5");
        assertThat(SmallNumberSuppression.DEFAULT.chartNote()).startsWith("Bars under 5 are not shown");
        assertThat(new SmallNumberSuppression(10).chartNote()).contains("fewer than 10");
    }

    @Test
    void negativeCountsAndThresholdsBelowOneAreRefused() {
        assertThatThrownBy(() -> SuppressedCount.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmallNumberSuppression(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountSeries("Requests", 2, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTableRowsAreTheShownCounts() {
        CountData data = CountData.of("Category", List.of("Advice", "Investigation", "Training"),
                new CountSeries("2024", 12, 3, 0), new CountSeries("2025", 1, 5, 40));

        SuppressedData shown = SmallNumberSuppression.DEFAULT.apply(data);

        assertThat(shown.rows()).containsExactly(
                List.of("Category", "2024", "2025"),
                List.of("Advice", "12", "fewer than 5"),
                List.of("Investigation", "fewer than 5", "5"),
                List.of("Training", "0", "40"));
        assertThat(shown.anySuppressed()).isTrue();
        assertThat(SmallNumberSuppression.DEFAULT.apply(CountData.of("Category", List.of("Advice"),
                new CountSeries("2024", 0))).anySuppressed()).isFalse();
    }

    @Test
    void everySeriesNeedsOneCountPerCategory() {
        assertThatThrownBy(() -> CountData.of("Category", List.of("Advice", "Training"), new CountSeries("2024", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024");
        assertThatThrownBy(() -> CountData.of("Category", List.of("Advice")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
