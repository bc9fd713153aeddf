package uk.sexualsafety.cop.portal.investigator;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.investigator.DeclaredConflict;
import uk.sexualsafety.cop.db.investigator.Employment;
import uk.sexualsafety.cop.db.investigator.Investigator;
import uk.sexualsafety.cop.db.investigator.InvestigatorStatusChange;
import uk.sexualsafety.cop.db.investigator.InvestigatorStatusChangeRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.organisation.Icb;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.investigator.InvestigatorProfile.AccreditationView;
import uk.sexualsafety.cop.portal.investigator.InvestigatorProfile.ConflictView;
import uk.sexualsafety.cop.portal.investigator.InvestigatorProfile.EmploymentView;
import uk.sexualsafety.cop.portal.investigator.InvestigatorProfile.StatusChange;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.PeriodEntry;
import uk.sexualsafety.cop.portal.organisation.IcbOption;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a profile into what its readers see, with the names of the organisations, ICBs and coordinators. */
@Component
class ProfileViews {

    private final InvestigatorStatusChangeRepository history;
    private final OrganisationRepository organisations;
    private final IcbRepository icbs;
    private final AccountRepository accounts;
    private final Clock clock;

    ProfileViews(InvestigatorStatusChangeRepository history, OrganisationRepository organisations,
                 IcbRepository icbs, AccountRepository accounts, Clock clock) {
        this.history = history;
        this.organisations = organisations;
        this.icbs = icbs;
        this.accounts = accounts;
        this.clock = clock;
    }

    InvestigatorProfile of(Investigator investigator) {
        LocalDate today = PoolDates.today(clock);
        List<InvestigatorStatusChange> changes = history.findByInvestigatorIdOrderByChangedAtAscIdAsc(
                investigator.getId());
        Map<Long, String> coordinators = accounts.findAllById(changes.stream().map(
                        InvestigatorStatusChange::getChangedBy).filter(id -> id != null).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
        Set<Long> organisationIds = new HashSet<>();
        investigator.getEmployment().forEach(e -> organisationIds.add(e.organisationId()));
        investigator.getConflicts().forEach(c -> organisationIds.add(c.organisationId()));
        Map<Long, String> organisationNames = organisations.findAllById(organisationIds).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        return new InvestigatorProfile(investigator.getId(), investigator.getAccountId(),
                investigator.getDisplayName(), investigator.getContactEmail(), investigator.getContactPhone(),
                investigator.getStatus(),
                changes.stream().map(c -> new StatusChange(c.getFromStatus(), c.getToStatus(), c.getReason(),
                        c.getChangedBy() == null ? null : coordinators.get(c.getChangedBy()), c.getChangedAt()))
                        .toList(),
                investigator.getSpecialisms(),
                investigator.getAccreditations().stream().map(a -> new AccreditationView(a.name(), a.validFrom(),
                        a.validUntil(), a.isExpiredOn(today))).toList(),
                investigator.getRegions(),
                icbs.findAllById(investigator.getIcbIds()).stream().sorted(Comparator.comparing(Icb::getName))
                        .map(icb -> new IcbOption(icb.getId(), icb.getName(), icb.getRegion().label())).toList(),
                investigator.getNations(), investigator.isOnSite(), investigator.isRemote(),
                investigator.getCasesAtOnce(), investigator.getDaysPerMonth(),
                investigator.getUnavailable().stream().map(p -> new PeriodEntry(p.fromDate(), p.toDate())).toList(),
                investigator.getEmployment().stream().map(e -> employment(e, organisationNames)).toList(),
                investigator.getConflicts().stream().map(c -> conflict(c, organisationNames)).toList(),
                investigator.getVersion());
    }

    static InvestigatorSummary summaryOf(Investigator investigator) {
        return new InvestigatorSummary(investigator.getId(), investigator.getDisplayName(), investigator.getStatus(),
                investigator.getSpecialisms(), investigator.getCasesAtOnce(), investigator.getDaysPerMonth(),
                investigator.getUpdatedAt(), investigator.getVersion());
    }

    private static EmploymentView employment(Employment employment, Map<Long, String> names) {
        return new EmploymentView(employment.organisationId(), names.get(employment.organisationId()),
                employment.fromDate(), employment.toDate());
    }

    private static ConflictView conflict(DeclaredConflict conflict, Map<Long, String> names) {
        return new ConflictView(conflict.organisationId(), names.get(conflict.organisationId()),
                conflict.description());
    }
}
