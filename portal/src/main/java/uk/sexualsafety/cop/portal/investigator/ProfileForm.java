package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an investigator keeps in their profile. Problems come back per field: a component's name, or for an entry of
 * a list its index and component, like {@code employment[1].to}.
 *
 * @param regions   NHS England regions covered whole
 * @param icbIds    single integrated care boards covered
 * @param nations   Wales, Scotland and Northern Ireland (England is covered by region or ICB)
 * @param onSite    works on site in the regions, ICBs and nations covered
 * @param remote    works remotely, for anywhere
 */
public record ProfileForm(String displayName, String contactEmail, String contactPhone, Set<Specialism> specialisms,
                          List<AccreditationEntry> accreditations, Set<NhsRegion> regions, Set<Long> icbIds,
                          Set<Nation> nations, boolean onSite, boolean remote, Integer casesAtOnce,
                          Integer daysPerMonth, List<PeriodEntry> unavailable, List<EmploymentEntry> employment,
                          List<ConflictEntry> conflicts) {

    public ProfileForm {
        specialisms = specialisms == null ? Set.of() : Set.copyOf(specialisms);
        accreditations = accreditations == null ? List.of() : List.copyOf(accreditations);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        icbIds = icbIds == null ? Set.of() : Set.copyOf(icbIds);
        nations = nations == null ? Set.of() : Set.copyOf(nations);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        employment = employment == null ? List.of() : List.copyOf(employment);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** An accreditation or training; {@code validUntil} is empty when it does not expire. */
    public record AccreditationEntry(String name, LocalDate validFrom, LocalDate validUntil) {
    }

    /** Days from {@code from} to {@code to}, both included. */
    public record PeriodEntry(LocalDate from, LocalDate to) {
    }

    /** Employment or a contract; {@code to} is empty while it lasts. */
    public record EmploymentEntry(Long organisationId, LocalDate from, LocalDate to) {
    }

    /** Any other conflict of interest with an organisation, such as a close relationship with someone there. */
    public record ConflictEntry(Long organisationId, String description) {
    }
}
