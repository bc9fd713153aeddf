package uk.sexualsafety.cop.portal.casestudy;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.portal.casestudy.ShownField.Section;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CaseStudyComparisonTest {

    @Test
    void unchangedFieldsAreNotMarkedAndChangedOnesAre() {
        var rows = CaseStudyComparison.compare(
                List.of(text("title", "Title", "Same"), text("outcome", "Outcome", "Warning given")),
                List.of(text("title", "Title", "Same"), text("outcome", "Outcome", "Dismissed")));

        assertThat(rows).extracting(FieldComparison::key, FieldComparison::fromText, FieldComparison::toText,
                FieldComparison::changed).containsExactly(
                tuple("title", "Same", "Same", false),
                tuple("outcome", "Warning given", "Dismissed", true));
    }

    @Test
    void aFieldOnlyOneVersionHasAppearsOnceWhereItStood() {
        var rows = CaseStudyComparison.compare(
                List.of(text("title", "Title", "T"), text("reviewGroup", "Review group", "A panel"),
                        text("outcome", "Outcome", "O")),
                List.of(text("title", "Title", "T"), text("supportOthers", "Support", "Wellbeing"),
                        text("outcome", "Outcome", "O")));

        assertThat(rows).extracting(FieldComparison::key)
                .containsExactly("title", "reviewGroup", "supportOthers", "outcome");
        assertThat(rows.get(1)).extracting(FieldComparison::toText, FieldComparison::changed)
                .containsExactly("", true);
        assertThat(rows.get(2)).extracting(FieldComparison::fromText, FieldComparison::changed)
                .containsExactly("", true);
    }

    @Test
    void aFieldRemovedFromTheStartStaysFirst() {
        var rows = CaseStudyComparison.compare(
                List.of(text("summary", "Summary", "S"), text("outcome", "Outcome", "O")),
                List.of(text("outcome", "Outcome", "O")));

        assertThat(rows).extracting(FieldComparison::key).containsExactly("summary", "outcome");
    }

    @Test
    void listsAreComparedItemByItemAsLinesOfText() {
        var rows = CaseStudyComparison.compare(
                List.of(new ShownField("themes", Section.TAGS, "Themes", null, List.of("Bystander action"))),
                List.of(new ShownField("themes", Section.TAGS, "Themes", null,
                        List.of("Bystander action", "Non-recent"))));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.fromText()).isEqualTo("Bystander action");
            assertThat(row.toText()).isEqualTo("Bystander action\nNon-recent");
            assertThat(row.changed()).isTrue();
        });
    }

    private static ShownField text(String key, String label, String text) {
        return new ShownField(key, Section.SUMMARY, label, text, List.of());
    }
}
