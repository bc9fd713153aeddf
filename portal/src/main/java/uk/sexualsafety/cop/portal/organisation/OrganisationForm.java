package uk.sexualsafety.cop.portal.organisation;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.OrganisationType;

/**
 * What an administrator fills in to add or change an organisation. Unchecked on purpose: the
 * {@link OrganisationDirectory} checks it and answers with a message per field.
 */
public record OrganisationForm(String name, String shortName, OrganisationType type, Nation nation, Long icbId) {

    public static final String NAME = "name";
    public static final String SHORT_NAME = "shortName";
    public static final String TYPE = "type";
    public static final String NATION = "nation";
    public static final String ICB = "icbId";
    public static final int MAX_NAME = 200;
    public static final int MAX_SHORT_NAME = 40;

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", null, null, null);
    }
}
