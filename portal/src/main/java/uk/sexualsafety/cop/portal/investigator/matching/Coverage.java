package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.util.Objects;
import java.util.Set;

/**
 * Where an investigator works on site, and whether they work remotely. England is covered by NHS region or by single
 * ICBs; the other nations as a whole (England among the nations means all of it).
 */
public record Coverage(Set<NhsRegion> englishRegions, Set<Long> icbIds, Set<Nation> nations, boolean onSite,
                       boolean remote) {

    public Coverage {
        englishRegions = Set.copyOf(Objects.requireNonNull(englishRegions, "englishRegions"));
        icbIds = Set.copyOf(Objects.requireNonNull(icbIds, "icbIds"));
        nations = Set.copyOf(Objects.requireNonNull(nations, "nations"));
        if (!onSite && !remote) {
            throw new IllegalArgumentException("Choose on site, remote or both");
        }
    }

    /** Whether the investigator would go to the requesting organisation. */
    public boolean coversOnSite(RequestProfile request) {
        return onSiteArea(request) != null;
    }

    /** The name of the covered area the requesting organisation lies in, or null if it is not covered on site. */
    String onSiteArea(RequestProfile request) {
        if (!onSite) {
            return null;
        }
        if (request.region() != null && englishRegions.contains(request.region())) {
            return request.region().label();
        }
        if (request.organisationIcbId() != null && icbIds.contains(request.organisationIcbId())) {
            return request.icbName();
        }
        return nations.contains(request.nation()) ? request.nation().label() : null;
    }
}
