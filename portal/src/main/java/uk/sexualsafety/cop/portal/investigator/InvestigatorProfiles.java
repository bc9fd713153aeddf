package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.DeclaredConflict;
import uk.sexualsafety.cop.db.investigator.Employment;
import uk.sexualsafety.cop.db.investigator.Investigator;
import uk.sexualsafety.cop.db.investigator.InvestigatorRepository;
import uk.sexualsafety.cop.db.investigator.InvestigatorStatusChange;
import uk.sexualsafety.cop.db.investigator.InvestigatorStatusChangeRepository;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Icb;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;

/**
 * Investigators' profiles: each investigator keeps their own; pool coordinators read anyone's. A new profile waits
 * for a coordinator's vetting ({@link PoolVetting}) before its investigator is offered work.
 */
@Service
public class InvestigatorProfiles {

    private final InvestigatorRepository investigators;
    private final InvestigatorStatusChangeRepository history;
    private final OrganisationRepository organisations;
    private final IcbRepository icbs;
    private final ProfileViews views;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    InvestigatorProfiles(InvestigatorRepository investigators, InvestigatorStatusChangeRepository history,
                         OrganisationRepository organisations, IcbRepository icbs, ProfileViews views,
                         AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.investigators = investigators;
        this.history = history;
        this.organisations = organisations;
        this.icbs = icbs;
        this.views = views;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in investigator's profile; empty until they first save it. */
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Transactional(readOnly = true)
    public Optional<InvestigatorProfile> myProfile() {
        return investigators.findByAccountId(currentUser.require().accountId()).map(views::of);
    }

    /**
     * Creates or updates the signed-in investigator's profile.
     *
     * @param expectedVersion the version of the profile the investigator edited, or null when they had none
     * @throws uk.sexualsafety.cop.portal.validation.InvalidInputException with a message per field
     * @throws ConcurrentChangeException if the profile changed since they loaded it
     */
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Transactional
    public InvestigatorProfile saveMyProfile(ProfileForm form, Long expectedVersion) {
        Objects.requireNonNull(form);
        ProfileValidation.check(form, knownOrganisations(form), knownIcbs(form));
        PortalUser me = currentUser.require();
        Instant now = clock.instant();
        Optional<Investigator> existing = investigators.findByAccountId(me.accountId());
        String changedElsewhere = "Your profile changed in another window: reload it and make your changes again";
        if (existing.isPresent() != (expectedVersion != null)) {
            throw new ConcurrentChangeException(changedElsewhere);
        }
        existing.ifPresent(found -> OptimisticLock.requireVersion(found.getVersion(), expectedVersion,
                changedElsewhere));
        Investigator investigator = existing.orElseGet(() -> new Investigator(me.accountId(),
                form.displayName().strip(), form.contactEmail().strip(), now));
        apply(form, investigator, now);
        // Two saves at once from two windows: the version, or for a new profile the unique account, decides.
        OptimisticLock.guardUniqueKeys("Your profile was saved in another window at the same time: reload it and "
                + "make your changes again", () -> investigators.saveAndFlush(investigator));
        if (existing.isEmpty()) {
            history.save(new InvestigatorStatusChange(investigator.getId(), null, PoolStatus.PENDING,
                    "Joined the pool", me.accountId(), now));
            audit.record("INVESTIGATOR_PROFILE_CREATED", PoolAudit.INVESTIGATOR, investigator.getId(), null);
        } else {
            audit.record("INVESTIGATOR_PROFILE_UPDATED", PoolAudit.INVESTIGATOR, investigator.getId(), null);
        }
        return views.of(investigator);
    }

    /** Anyone's profile, contact details included, for a pool coordinator; the reading is audited. */
    @RolesAllowed(Role.Names.POOL_COORDINATOR)
    @Transactional
    public InvestigatorProfile profile(long investigatorId) {
        Investigator investigator = investigators.findById(investigatorId)
                .orElseThrow(() -> new PoolActionRefusedException("There is no such investigator in the pool"));
        audit.record("INVESTIGATOR_PROFILE_VIEWED", PoolAudit.INVESTIGATOR, investigatorId, null);
        return views.of(investigator);
    }

    private static void apply(ProfileForm form, Investigator investigator, Instant now) {
        investigator.describe(form.displayName().strip(), form.contactEmail().strip(),
                form.contactPhone() == null || form.contactPhone().isBlank() ? null : form.contactPhone().strip(),
                now);
        investigator.setSpecialisms(form.specialisms());
        investigator.setAccreditations(form.accreditations().stream()
                .map(a -> new Accreditation(a.name().strip(), a.validFrom(), a.validUntil())).toList());
        investigator.setCoverage(form.regions(), form.icbIds(), form.nations(), form.onSite(), form.remote());
        investigator.setCapacity(form.casesAtOnce(), form.daysPerMonth());
        investigator.setUnavailable(form.unavailable().stream()
                .map(p -> new DatePeriod(p.from(), p.to())).toList());
        investigator.setEmployment(form.employment().stream()
                .map(e -> new Employment(e.organisationId(), e.from(), e.to())).toList());
        investigator.setConflicts(form.conflicts().stream()
                .map(c -> new DeclaredConflict(c.organisationId(), c.description().strip())).toList());
    }

    private Set<Long> knownOrganisations(ProfileForm form) {
        Set<Long> named = new HashSet<>();
        form.employment().stream().map(ProfileForm.EmploymentEntry::organisationId).filter(Objects::nonNull)
                .forEach(named::add);
        form.conflicts().stream().map(ProfileForm.ConflictEntry::organisationId).filter(Objects::nonNull)
                .forEach(named::add);
        return organisations.findAllById(named).stream().map(Organisation::getId).collect(Collectors.toSet());
    }

    private Set<Long> knownIcbs(ProfileForm form) {
        return icbs.findAllById(form.icbIds()).stream().map(Icb::getId).collect(Collectors.toSet());
    }
}
