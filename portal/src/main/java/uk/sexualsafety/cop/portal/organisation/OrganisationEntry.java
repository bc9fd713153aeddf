package uk.sexualsafety.cop.portal.organisation;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.OrganisationType;

/**
 * An organisation as the directory lists it. The region is that of its ICB, so organisations outside England and
 * national bodies have none. {@code version} is what an edit must still find to succeed.
 */
public record OrganisationEntry(long id, String name, String shortName, OrganisationType type, Nation nation,
                                Long icbId, String icbName, NhsRegion region, boolean active, long version) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public OrganisationRef ref() {
        return new OrganisationRef(id, version);
    }

    public String typeLabel() {
        return type.label();
    }

    public String nationLabel() {
        return nation.label();
    }

    public String icbLabel() {
        return icbName == null ? "" : icbName;
    }

    public String regionLabel() {
        return region == null ? "" : region.label();
    }

    public String shortNameLabel() {
        return shortName == null ? "" : shortName;
    }

    /** The form prefilled with this organisation, to change it. */
    public OrganisationForm toForm() {
        return new OrganisationForm(name, shortNameLabel(), type, nation, icbId);
    }
}
