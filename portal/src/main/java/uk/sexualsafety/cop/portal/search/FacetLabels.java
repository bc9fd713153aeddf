package uk.sexualsafety.cop.portal.search;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.Facet;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What people read for the search's facets and their values. The index speaks in enum names and numbers; a value
 * that names nothing known (from an edited address) has no label, and the page shows it as it was written.
 */
public final class FacetLabels {

    private final Map<Integer, String> commitmentTitles;

    /** @param commitmentTitles the Charter commitments' short titles by number */
    public FacetLabels(Map<Integer, String> commitmentTitles) {
        this.commitmentTitles = Map.copyOf(commitmentTitles);
    }

    /** The heading of a facet's choices. */
    public static String of(Facet facet) {
        return switch (facet) {
            case TYPE -> "Type";
            case THEME -> "Theme";
            case HARM_STRUCTURE -> "Structure of harm";
            case ORGANISATION_TYPE -> "Organisation type";
            case REGION -> "Nation or region";
            case COMMITMENT -> "Charter commitment";
            case YEAR -> "Year";
            case KIND -> "Kind of resource";
        };
    }

    /** The label of one value of a facet; empty when the value names nothing this portal knows. */
    public Optional<String> label(Facet facet, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (facet) {
            case TYPE -> enumLabel(ContentType.class, value, ContentType::label);
            case THEME -> enumLabel(Theme.class, value, Theme::label);
            case HARM_STRUCTURE -> enumLabel(HarmStructure.class, value, HarmStructure::label);
            case ORGANISATION_TYPE -> enumLabel(OrganisationType.class, value, OrganisationType::label);
            case KIND -> enumLabel(ResourceKind.class, value, ResourceKind::label);
            case REGION -> enumLabel(Nation.class, value, Nation::label)
                    .or(() -> enumLabel(NhsRegion.class, value, NhsRegion::label));
            case COMMITMENT -> commitment(value);
            case YEAR -> value.matches("[12][0-9]{3}") ? Optional.of(value) : Optional.empty();
        };
    }

    /** The label, or for a value that names nothing known the value itself: shown as text, it cannot do harm. */
    public String labelOrValue(Facet facet, String value) {
        return label(facet, value).orElse(value);
    }

    private Optional<String> commitment(String value) {
        if (!value.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(value);
        return Optional.ofNullable(commitmentTitles.get(number)).map(title -> number + ". " + title);
    }

    private static <E extends Enum<E>> Optional<String> enumLabel(Class<E> type, String name,
                                                                  Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name))
                .findFirst()
                .map(label);
    }
}
