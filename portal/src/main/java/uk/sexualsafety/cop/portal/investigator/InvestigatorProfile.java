package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.AccreditationEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.ConflictEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.EmploymentEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.PeriodEntry;
import uk.sexualsafety.cop.portal.organisation.IcbOption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An investigator's profile as the investigator and the pool coordinators see it, contact details included. Saving
 * an edit needs {@code version}, so that an edit made elsewhere meanwhile is not overwritten.
 */
public record InvestigatorProfile(long id, long accountId, String displayName, String contactEmail,
                                  String contactPhone, PoolStatus status, List<StatusChange> statusHistory,
                                  Set<Specialism> specialisms, List<AccreditationView> accreditations,
                                  Set<NhsRegion> regions, List<IcbOption> icbs, Set<Nation> nations, boolean onSite,
                                  boolean remote, int casesAtOnce, int daysPerMonth, List<PeriodEntry> unavailable,
                                  List<EmploymentView> employment, List<ConflictView> conflicts, long version) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public InvestigatorRef ref() {
        return new InvestigatorRef(id, version);
    }

    /** One change of place in the pool; {@code from} is empty for joining. */
    public record StatusChange(PoolStatus from, PoolStatus to, String reason, String changedBy, Instant changedAt) {
    }

    /** {@code expired} when its last valid day has passed. */
    public record AccreditationView(String name, LocalDate validFrom, LocalDate validUntil, boolean expired) {
    }

    public record EmploymentView(long organisationId, String organisationName, LocalDate from, LocalDate to) {
    }

    public record ConflictView(long organisationId, String organisationName, String description) {
    }

    /** The profile as a form to edit. */
    public ProfileForm toForm() {
        return new ProfileForm(displayName, contactEmail, contactPhone, specialisms,
                accreditations.stream().map(a -> new AccreditationEntry(a.name(), a.validFrom(), a.validUntil()))
                        .toList(),
                regions, Set.copyOf(icbs.stream().map(IcbOption::id).toList()), nations, onSite, remote,
                casesAtOnce, daysPerMonth, unavailable,
                employment.stream().map(e -> new EmploymentEntry(e.organisationId(), e.from(), e.to())).toList(),
                conflicts.stream().map(c -> new ConflictEntry(c.organisationId(), c.description())).toList());
    }
}
