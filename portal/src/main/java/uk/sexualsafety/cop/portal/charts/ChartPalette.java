package uk.sexualsafety.cop.portal.charts;

import java.util.List;

/**
 * The series' colours: hues after Okabe and Ito's palette for colour-blind readers, darkened where needed so that
 * each bar has a contrast of at least 3:1 against the white page (WCAG 2.2 non-text contrast, 1.4.11). Stacked
 * segments are separated by white borders, so each stays against white. Colour is never the only key: the legend
 * names the series and the table beside the chart carries every number.
 */
public final class ChartPalette {

    /** In order of use; a chart with more series starts again from the first. */
    public static final List<String> COLOURS = List.of(
            "#0072B2", // blue
            "#D55E00", // vermilion
            "#007A5E", // bluish green
            "#A8488A", // reddish purple
            "#8C6D00", // dark yellow
            "#5C5C5C"); // grey

    private ChartPalette() {
    }

    /** The colour of the series at this position. */
    public static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    /** The contrast ratio of two colours written #RRGGBB, as WCAG defines it (1 to 21). */
    static double contrast(String first, String second) {
        double lighter = Math.max(luminance(first), luminance(second));
        double darker = Math.min(luminance(first), luminance(second));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
