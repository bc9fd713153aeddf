package uk.sexualsafety.cop.portal.search;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.search.Facet;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FacetLabelsTest {

    private final FacetLabels labels = new FacetLabels(Map.of(4, "Clear training", 6, "Clear policies"));

    @Test
    void everyFacetHasAHeading() {
        assertThat(FacetLabels.of(Facet.TYPE)).isEqualTo("Type");
        assertThat(FacetLabels.of(Facet.HARM_STRUCTURE)).isEqualTo("Structure of harm");
        assertThat(FacetLabels.of(Facet.REGION)).isEqualTo("Nation or region");
        assertThat(FacetLabels.of(Facet.COMMITMENT)).isEqualTo("Charter commitment");
        assertThat(FacetLabels.of(Facet.KIND)).isEqualTo("Kind of resource");
        for (Facet facet : Facet.values()) {
            assertThat(FacetLabels.of(facet)).isNotBlank();
        }
    }

    @Test
    void enumValuesAreShownByTheirLabels() {
        assertThat(labels.label(Facet.TYPE, "CASE_STUDY")).contains("Case study");
        assertThat(labels.label(Facet.THEME, "BYSTANDER")).contains("Bystander action");
        assertThat(labels.label(Facet.HARM_STRUCTURE, "COLLEAGUE_TO_COLLEAGUE")).isPresent();
        assertThat(labels.label(Facet.ORGANISATION_TYPE, "AMBULANCE_SERVICE")).contains("Ambulance service");
        assertThat(labels.label(Facet.KIND, "GUIDANCE")).isPresent();
    }

    @Test
    void aRegionIsANationOrOneOfNhsEnglandsRegions() {
        assertThat(labels.label(Facet.REGION, "WALES")).contains("Wales");
        assertThat(labels.label(Facet.REGION, "ENGLAND")).contains("England");
        assertThat(labels.label(Facet.REGION, "NORTH_EAST_AND_YORKSHIRE")).contains("North East and Yorkshire");
    }

    @Test
    void aCommitmentIsShownWithItsNumberAndTitle() {
        assertThat(labels.label(Facet.COMMITMENT, "6")).contains("6. Clear policies");
        assertThat(labels.label(Facet.COMMITMENT, "11")).isEmpty();
        assertThat(labels.label(Facet.COMMITMENT, "six")).isEmpty();
    }

    @Test
    void aYearIsItself() {
        assertThat(labels.label(Facet.YEAR, "2025")).contains("2025");
        assertThat(labels.label(Facet.YEAR, "twenty")).isEmpty();
    }

    @Test
    void unknownValuesHaveNoLabelAndAreShownAsWrittenOnlyWhenAskedFor() {
        assertThat(labels.label(Facet.TYPE, "SECRET")).isEmpty();
        assertThat(labels.label(Facet.THEME, "bystander")).isEmpty();
        assertThat(labels.label(Facet.THEME, "")).isEmpty();
        assertThat(labels.label(Facet.THEME, null)).isEmpty();
        assertThat(labels.labelOrValue(Facet.THEME, "<b>odd</b>")).isEqualTo("<b>odd</b>");
        assertThat(labels.labelOrValue(Facet.THEME, "INVESTIGATION")).isEqualTo("Investigation");
    }
}
