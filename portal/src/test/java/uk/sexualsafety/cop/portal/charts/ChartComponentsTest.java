package uk.sexualsafety.cop.portal.charts;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The components without a browser: what they send to it, and what the table holds. */
class ChartComponentsTest {

    private static final CountData REQUESTS = CountData.of("Request category",
            List.of("Advice", "Investigation", "Training"),
            new CountSeries("2024", 12, 3, 0), new CountSeries("2025", 7, 41, 2));

    /** The CSV link registers its download with the current UI, as in a request. */
    @BeforeEach
    void aCurrentUi() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noCurrentUi() {
        UI.setCurrent(null);
    }

    @Test
    void theChartGetsNoBarAndNoNumberForASuppressedCount() {
        BarChart chart = new BarChart(SmallNumberSuppression.DEFAULT.apply(REQUESTS));
        chart.setOrientation(BarChart.Orientation.HORIZONTAL);
        chart.setStacked(true);

        BarChart.Spec spec = chart.spec();

        assertThat(spec.horizontal()).isTrue();
        assertThat(spec.stacked()).isTrue();
        assertThat(spec.categoryAxisTitle()).isEqualTo("Request category");
        assertThat(spec.categories()).containsExactly("Advice", "Investigation", "Training");
        assertThat(spec.series().get(0).values()).containsExactly(12L, null, 0L);
        assertThat(spec.series().get(0).texts()).containsExactly("12", "fewer than 5", "0");
        assertThat(spec.series().get(1).values()).containsExactly(7L, 41L, null);
        assertThat(spec.series()).extracting(BarChart.SeriesSpec::colour)
                .containsExactly(ChartPalette.colour(0), ChartPalette.colour(1));

        String json = chart.getElement().getPropertyRaw("chart").toString();
        assertThat(json).contains("\"values\":[12,null,0]").doesNotContain(":3,").doesNotContain(",3]")
                .doesNotContain("[3,").doesNotContain(",2]");
    }

    @Test
    void theTableHasACaptionHeadingsWithScopesAndTheShownCounts() {
        ChartWithTable chart = new ChartWithTable("Requests by category", REQUESTS);

        NativeTable table = find(chart.getElement(), NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Requests by category: the numbers");
        Element head = table.getHead().getElement();
        assertThat(texts(head, "th")).isEqualTo("Request category|2024|2025");
        assertThat(head.getChild(0).getChildren().map(cell -> cell.getAttribute("scope")).distinct().toList())
                .containsExactly("col");
        Element body = table.getBody().getElement();
        assertThat(body.getChildren().map(row -> row.getChild(0).getAttribute("scope")).distinct().toList())
                .containsExactly("row");
        assertThat(body.getChildren().map(row -> row.getChildren().map(Element::getText)
                .collect(Collectors.joining("|"))).toList())
                .containsExactly("Advice|12|7", "Investigation|fewer than 5|41", "Training|0|fewer than 5");
        assertThat(find(chart.getElement(), Paragraph.class).getText()).startsWith("Bars under 5 are not shown");
        assertThat(chart.getChart().getSummary()).isEqualTo(
                "Requests by category: bar chart of 3 categories, 2 series (2024, 2025). "
                        + "The numbers are in the table beside it.");
    }

    @Test
    void newDataReplacesTheRowsAndTheNote() {
        ChartWithTable chart = new ChartWithTable("Requests", REQUESTS);

        chart.setData(CountData.of("Request category", List.of("Advice"), new CountSeries("2024", 20)));

        NativeTable table = find(chart.getElement(), NativeTable.class);
        assertThat(table.getHead().getRowCount()).isEqualTo(1);
        assertThat(table.getBody().getRowCount()).isEqualTo(1);
        assertThat(find(chart.getElement(), Paragraph.class).isVisible()).isFalse();
        assertThat(chart.getChart().getSummary()).startsWith("Requests: bar chart of 1 category.");
    }

    @Test
    void theCsvFileIsNamedAfterTheTitleAndDay() {
        ChartWithTable chart = new ChartWithTable("Requests by category (2024–25)", REQUESTS);

        assertThat(chart.getCsvFileName()).matches("requests-by-category-2024-25-\\d{4}-\\d{2}-\\d{2}\\.csv");
        chart.setCsvFileName("requests.csv");
        assertThat(chart.getCsvFileName()).isEqualTo("requests.csv");
        assertThat(ChartWithTable.slug("Équipe / ÉQUIPE")).isEqualTo("equipe-equipe");
        assertThat(ChartWithTable.slug("***")).isEqualTo("chart");
    }

    @Test
    void everyColourHasAContrastOfThreeToOneAgainstWhite() {
        assertThat(ChartPalette.COLOURS).doesNotHaveDuplicates().allSatisfy(colour ->
                assertThat(ChartPalette.contrast(colour, "#FFFFFF")).as(colour).isGreaterThanOrEqualTo(3.0));
        assertThat(ChartPalette.contrast("#777777", "#FFFFFF")).isBetween(4.47, 4.49);
        assertThat(ChartPalette.colour(ChartPalette.COLOURS.size())).isEqualTo(ChartPalette.colour(0));
    }

    private static <T> T find(Element root, Class<T> type) {
        return root.getComponent().filter(type::isInstance).map(type::cast)
                .or(() -> root.getChildren().map(child -> findOrNull(child, type)).filter(java.util.Objects::nonNull)
                        .findFirst())
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName()));
    }

    private static <T> T findOrNull(Element root, Class<T> type) {
        try {
            return find(root, type);
        } catch (AssertionError notHere) {
            return null;
        }
    }

    private static String texts(Element root, String tag) {
        if (root.getTag().equals(tag)) {
            return root.getText();
        }
        return root.getChildren().map(child -> texts(child, tag)).filter(text -> !text.isEmpty())
                .collect(Collectors.joining("|"));
    }
}
