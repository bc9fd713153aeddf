package uk.sexualsafety.cop.portal.organisation;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.OrganisationType;

/**
 * What an administrator fills in to add or change an organisation. Unchecked on purpose: the
 * {@link OrganisationDirectory} checks it and answers with a message per field.
 */
public record OrganisationForm(String name, String shortName, OrganisationType type, Nation nation, Long icbId) {

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", null, null, null);
    }
}
