package uk.sexualsafety.cop.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets counted for every search, which also narrow it. Their values are enum names ({@link ContentType},
 * {@code Theme}, {@code HarmStructure}, {@code OrganisationType}, {@code ResourceKind}), a region (a {@code Nation}
 * other than England, or one of NHS England's {@code NhsRegion}s), a Charter commitment's number such as "4", or a
 * year such as "2025", so that the portal chooses the labels.
 */
public enum Facet {
    TYPE("type"),
    THEME("theme"),
    HARM_STRUCTURE("harm"),
    ORGANISATION_TYPE("organisation"),
    REGION("region"),
    COMMITMENT("commitment"),
    YEAR("year"),
    KIND("kind");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    /** The name of the facet in a search's address, stable so that shared links keep working. */
    public String parameter() {
        return parameter;
    }

    public static Optional<Facet> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(facet -> facet.parameter.equals(parameter)).findFirst();
    }
}
