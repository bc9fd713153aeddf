package uk.sexualsafety.cop.portal.charts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart drawn in the browser by Chart.js (MIT licence) through the custom element {@code <portal-bar-chart>}
 * ({@code src/main/frontend/portal-bar-chart.ts}). It shows {@link SuppressedData} only: a suppressed count has no
 * bar (the caller says so in a note, as {@link ChartWithTable} does). Labels are sent as JSON data and drawn as text.
 * <p>
 * The chart is an image to assistive technology: its accessible name is the {@linkplain #setSummary summary}, and the
 * numbers belong in a table beside it; {@link ChartWithTable} puts the two together.
 */
@Tag("portal-bar-chart")
@NpmPackage(value = "chart.js", version = BarChart.CHART_JS_VERSION)
@JsModule("./portal-bar-chart.ts")
public class BarChart extends Component {

    /** Pinned: a change rebuilds the production bundle (see decision 014). */
    static final String CHART_JS_VERSION = "4.5.1";

    /** Which way the bars run. */
    public enum Orientation {
        /** Bars rise from the category axis at the bottom (columns). */
        VERTICAL,
        /** Bars run from the category axis on the left: better for long category names. */
        HORIZONTAL
    }

    private SuppressedData data;
    private Orientation orientation = Orientation.VERTICAL;
    private boolean stacked;
    private String summary = "Bar chart";
    private String valueAxisTitle = "Number of cases";

    public BarChart() {
    }

    public BarChart(SuppressedData data) {
        setData(data);
    }

    public void setData(SuppressedData data) {
        this.data = Objects.requireNonNull(data, "data");
        update();
    }

    public SuppressedData getData() {
        return data;
    }

    public void setOrientation(Orientation orientation) {
        this.orientation = Objects.requireNonNull(orientation, "orientation");
        update();
    }

    public Orientation getOrientation() {
        return orientation;
    }

    /** Series stacked into one bar per category, rather than side by side. */
    public void setStacked(boolean stacked) {
        this.stacked = stacked;
        update();
    }

    public boolean isStacked() {
        return stacked;
    }

    /** The canvas's accessible name: what the chart shows, and where its numbers are. */
    public void setSummary(String summary) {
        this.summary = Objects.requireNonNull(summary, "summary");
        update();
    }

    public String getSummary() {
        return summary;
    }

    /** The title of the axis along which the bars grow ("Number of cases" unless set; empty for none). */
    public void setValueAxisTitle(String valueAxisTitle) {
        this.valueAxisTitle = Objects.requireNonNull(valueAxisTitle, "valueAxisTitle");
        update();
    }

    public String getValueAxisTitle() {
        return valueAxisTitle;
    }

    private void update() {
        if (data != null) {
            getElement().setPropertyBean("chart", spec());
        }
    }

    /** What the element draws, as sent to the browser. */
    Spec spec() {
        List<SeriesSpec> series = new ArrayList<>();
        for (int index = 0; index < data.seriesNames().size(); index++) {
            List<SuppressedCount> counts = data.series(index);
            series.add(new SeriesSpec(data.seriesNames().get(index), ChartPalette.colour(index),
                    counts.stream().map(SuppressedCount::plotted).toList(),
                    counts.stream().map(SuppressedCount::text).toList()));
        }
        return new Spec(summary, orientation == Orientation.HORIZONTAL, stacked, data.categoryHeading(),
                valueAxisTitle, data.categories(), series);
    }

    /** The JSON object of the element's {@code chart} property. */
    record Spec(String summary, boolean horizontal, boolean stacked, String categoryAxisTitle, String valueAxisTitle,
                List<String> categories, List<SeriesSpec> series) {
    }

    /** One series: {@code values} has null for a suppressed count (no bar), {@code texts} what the table shows. */
    record SeriesSpec(String name, String colour, List<Long> values, List<String> texts) {
    }
}
