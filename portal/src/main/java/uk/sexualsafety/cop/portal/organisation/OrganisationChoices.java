package uk.sexualsafety.cop.portal.organisation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;

import java.util.List;

/** The active organisations that people can say they work for; public, since visitors ask to join. */
@Service
public class OrganisationChoices {

    private final OrganisationRepository organisations;
    private final IcbRepository icbs;

    OrganisationChoices(OrganisationRepository organisations, IcbRepository icbs) {
        this.organisations = organisations;
        this.icbs = icbs;
    }

    /** The 42 integrated care boards in England, for choosing the ones an investigator covers. */
    @Transactional(readOnly = true)
    public List<IcbOption> icbs() {
        return icbs.findAllByOrderByName().stream()
                .map(icb -> new IcbOption(icb.getId(), icb.getName(), icb.getRegion().label()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationOption> activeOrganisations() {
        return organisations.findByActiveTrueOrderByName().stream()
                .map(o -> new OrganisationOption(o.getId(),
                        o.getShortName() == null ? o.getName() : o.getName() + " (" + o.getShortName() + ")"))
                .toList();
    }
}
