package uk.sexualsafety.cop.portal.organisation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;

import java.util.List;

/** The active organisations that people can say they work for; public, since visitors ask to join. */
@Service
public class OrganisationChoices {

    private final OrganisationRepository organisations;

    OrganisationChoices(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public List<OrganisationOption> activeOrganisations() {
        return organisations.findByActiveTrueOrderByName().stream()
                .map(o -> new OrganisationOption(o.getId(),
                        o.getShortName() == null ? o.getName() : o.getName() + " (" + o.getShortName() + ")"))
                .toList();
    }
}
