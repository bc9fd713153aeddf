package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.search.HighlightedText.Part;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightedTextTest {

    private static final char S = HighlightedText.MARK_START;
    private static final char E = HighlightedText.MARK_END;

    @Test
    void markersBecomeHighlightedParts() {
        HighlightedText text = HighlightedText.fromMarkers("Talk to the " + S + "FTSU" + E + " team " + S + "today" + E);

        assertThat(text.parts()).containsExactly(
                new Part("Talk to the ", false), new Part("FTSU", true), new Part(" team ", false),
                new Part("today", true));
        assertThat(text.text()).isEqualTo("Talk to the FTSU team today");
        assertThat(text.hasHighlights()).isTrue();
    }

    @Test
    void adjacentHighlightsMergeAndEmptyPartsDisappear() {
        HighlightedText text = HighlightedText.fromMarkers(S + "Freedom" + E + S + " to" + E + "" + S + E + ".");

        assertThat(text.parts()).containsExactly(new Part("Freedom to", true), new Part(".", false));
    }

    @Test
    void markersOutOfPlaceAreDroppedNotShown() {
        assertThat(HighlightedText.fromMarkers(E + "stray" + S + S + "open" + E + E).parts())
                .containsExactly(new Part("stray", false), new Part("open", true));
        assertThat(HighlightedText.fromMarkers("unclosed " + S + "highlight").parts())
                .containsExactly(new Part("unclosed ", false), new Part("highlight", true));
    }

    @Test
    void textWithoutMarkersIsOnePlainPart() {
        assertThat(HighlightedText.fromMarkers("<b>not markup</b>").parts())
                .containsExactly(new Part("<b>not markup</b>", false));
        assertThat(HighlightedText.fromMarkers("").isEmpty()).isTrue();
        assertThat(HighlightedText.plain("plain").hasHighlights()).isFalse();
    }

    @Test
    void anExcerptKeepsTheFirstHighlightWithSomeContextAndCutsAtSpaces() {
        String before = "word ".repeat(60);
        String after = " more".repeat(60);
        HighlightedText text = HighlightedText.fromMarkers(before + S + "harassment" + E + after);

        HighlightedText excerpt = text.excerpt(100);

        assertThat(excerpt.text()).startsWith("…word").endsWith("more…").hasSizeLessThanOrEqualTo(102);
        assertThat(excerpt.parts()).filteredOn(Part::highlighted).extracting(Part::text).containsExactly("harassment");
        assertThat(excerpt.text().indexOf("harassment")).isBetween(20, 40);
    }

    @Test
    void anExcerptWithoutHighlightsIsTheStart() {
        HighlightedText excerpt = HighlightedText.plain("One two three four five six").excerpt(12);

        assertThat(excerpt.text()).isEqualTo("One two…");
    }

    @Test
    void aShortTextIsItsOwnExcerpt() {
        HighlightedText text = HighlightedText.fromMarkers("short " + S + "text" + E);

        assertThat(text.excerpt(100)).isEqualTo(text);
    }
}
