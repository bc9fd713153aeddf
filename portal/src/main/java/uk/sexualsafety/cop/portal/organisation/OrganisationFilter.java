package uk.sexualsafety.cop.portal.organisation;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.OrganisationType;

import java.util.Locale;

/** Narrows the directory: text in the name or short name, and optionally a type, a nation and an ICB. */
public record OrganisationFilter(String text, OrganisationType type, Nation nation, Long icbId) {

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null, null);
    }

    boolean matches(OrganisationEntry entry) {
        return containsText(entry)
                && (type == null || type == entry.type())
                && (nation == null || nation == entry.nation())
                && (icbId == null || icbId.equals(entry.icbId()));
    }

    private boolean containsText(OrganisationEntry entry) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return entry.name().toLowerCase(Locale.ROOT).contains(wanted)
                || (entry.shortName() != null && entry.shortName().toLowerCase(Locale.ROOT).contains(wanted));
    }
}
