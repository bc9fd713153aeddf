package uk.sexualsafety.cop.portal.organisation;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Icb;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;
import uk.sexualsafety.cop.portal.validation.Problems;
import uk.sexualsafety.cop.search.OrganisationIndexing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The administrators' directory of organisations: every UK ambulance service and the other NHS organisations whose
 * staff are members, each in its ICB (England) or nation. Organisations are deactivated rather than deleted, so
 * that members and contributions keep their history. Every change is audited, and search shows it on the policies
 * and case studies that name the organisation from the moment it is saved.
 */
@Service
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class OrganisationDirectory {

    static final String DUPLICATE_NAME = "An organisation with this name is already in the directory";
    static final String ICB_OUTSIDE_ENGLAND = "Only organisations in England belong to an integrated care board";
    static final String ICB_MISSING = "Choose the integrated care board";

    private final OrganisationRepository organisations;
    private final IcbRepository icbs;
    private final AuditTrail audit;
    private final OrganisationIndexing indexing;

    OrganisationDirectory(OrganisationRepository organisations, IcbRepository icbs, AuditTrail audit,
                          OrganisationIndexing indexing) {
        this.organisations = organisations;
        this.icbs = icbs;
        this.audit = audit;
        this.indexing = indexing;
    }

    /** The directory, active and inactive, by name. A few hundred rows at most, so it is filtered in memory. */
    @Transactional(readOnly = true)
    public List<OrganisationEntry> organisations(OrganisationFilter filter) {
        OrganisationFilter applied = filter == null ? OrganisationFilter.all() : filter;
        return organisations.findAllByOrderByName().stream()
                .map(OrganisationDirectory::entry)
                .filter(applied::matches)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<IcbOption> icbs() {
        return icbs.findAllByOrderByName().stream()
                .map(icb -> new IcbOption(icb.getId(), icb.getName(), icb.getRegion().label()))
                .toList();
    }

    @Transactional
    public OrganisationEntry create(OrganisationForm form) {
        Icb icb = validate(form, null);
        Organisation organisation = new Organisation(form.name().strip(), blankToNull(form.shortName()), form.type(),
                form.nation(), icb);
        try {
            organisations.saveAndFlush(organisation);
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            // Two administrators adding the same name at once: the unique key let only one through.
            throw InvalidInputException.of(OrganisationForm.NAME, DUPLICATE_NAME);
        }
        audit.record("ORGANISATION_ADDED", "organisation", organisation.getId(), null);
        return entry(organisation);
    }

    /** Changes an organisation at the version the administrator saw. */
    @Transactional
    public OrganisationEntry update(OrganisationRef organisationSeen, OrganisationForm form) {
        Organisation organisation = organisation(organisationSeen.id(), organisationSeen.version());
        Icb icb = validate(form, organisationSeen.id());
        String shortName = blankToNull(form.shortName());
        List<String> changed = changedFields(organisation, form.name().strip(), shortName, form, icb);
        if (changed.isEmpty()) {
            return entry(organisation);
        }
        organisation.update(form.name().strip(), shortName, form.type(), form.nation(), icb);
        flush();
        indexing.organisationChanged(organisationSeen.id());
        audit.record("ORGANISATION_CHANGED", "organisation", organisationSeen.id(), String.join(",", changed));
        return entry(organisation);
    }

    /** Takes an organisation out of the choices for new members, or brings it back; it is never deleted. */
    @Transactional
    public OrganisationEntry setActive(OrganisationRef organisationSeen, boolean active) {
        Organisation organisation = organisation(organisationSeen.id(), organisationSeen.version());
        if (organisation.isActive() == active) {
            return entry(organisation);
        }
        organisation.setActive(active);
        flush();
        audit.record(active ? "ORGANISATION_REACTIVATED" : "ORGANISATION_DEACTIVATED", "organisation",
                organisationSeen.id(), null);
        return entry(organisation);
    }

    private Icb validate(OrganisationForm form, Long id) {
        Problems problems = new Problems()
                .requireText(OrganisationForm.NAME, form.name(), OrganisationForm.MAX_NAME,
                        "Enter the organisation's name")
                .limitText(OrganisationForm.SHORT_NAME, form.shortName(), OrganisationForm.MAX_SHORT_NAME);
        if (!problems.has(OrganisationForm.NAME) && nameTaken(form.name().strip(), id)) {
            problems.add(OrganisationForm.NAME, DUPLICATE_NAME);
        }
        if (form.type() == null) {
            problems.add(OrganisationForm.TYPE, "Choose the type of organisation");
        }
        if (form.nation() == null) {
            problems.add(OrganisationForm.NATION, "Choose the nation the organisation is in");
        } else if (form.type() == OrganisationType.INTEGRATED_CARE_BOARD && form.nation() != Nation.ENGLAND) {
            problems.add(OrganisationForm.NATION, "Integrated care boards are in England only");
        }
        Icb icb = null;
        if (form.icbId() != null) {
            icb = icbs.findById(form.icbId()).orElse(null);
            if (icb == null) {
                problems.add(OrganisationForm.ICB, ICB_MISSING);
            } else if (form.nation() != null && form.nation() != Nation.ENGLAND) {
                problems.add(OrganisationForm.ICB, ICB_OUTSIDE_ENGLAND);
            }
        } else if (form.nation() == Nation.ENGLAND && form.type() != null
                && form.type() != OrganisationType.NATIONAL_BODY) {
            problems.add(OrganisationForm.ICB, ICB_MISSING);
        }
        problems.throwIfAny();
        return icb;
    }

    private boolean nameTaken(String name, Long id) {
        return id == null ? organisations.existsByNameIgnoreCase(name)
                : organisations.existsByNameIgnoreCaseAndIdNot(name, id);
    }

    private static List<String> changedFields(Organisation organisation, String name, String shortName,
                                              OrganisationForm form, Icb icb) {
        List<String> changed = new ArrayList<>();
        if (!organisation.getName().equals(name)) {
            changed.add("name");
        }
        if (!Objects.equals(organisation.getShortName(), shortName)) {
            changed.add("shortName");
        }
        if (organisation.getType() != form.type()) {
            changed.add("type");
        }
        if (organisation.getNation() != form.nation()) {
            changed.add("nation");
        }
        if (!Objects.equals(icbId(organisation.getIcb()), icbId(icb))) {
            changed.add("icb");
        }
        return changed;
    }

    private Organisation organisation(long id, long expectedVersion) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new ConcurrentChangeException("This organisation is no longer in the directory"));
        OptimisticLock.requireVersion(organisation.getVersion(), expectedVersion,
                "Someone else changed this organisation meanwhile: reload it and try again");
        return organisation;
    }

    private void flush() {
        try {
            OptimisticLock.guard("Someone else changed this organisation at the same time", organisations::flush);
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            throw InvalidInputException.of(OrganisationForm.NAME, DUPLICATE_NAME);
        }
    }

    private static Long icbId(Icb icb) {
        return icb == null ? null : icb.getId();
    }

    private static OrganisationEntry entry(Organisation organisation) {
        Icb icb = organisation.getIcb();
        return new OrganisationEntry(organisation.getId(), organisation.getName(), organisation.getShortName(),
                organisation.getType(), organisation.getNation(), icbId(icb), icb == null ? null : icb.getName(),
                icb == null ? null : icb.getRegion(), organisation.isActive(), organisation.getVersion());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
