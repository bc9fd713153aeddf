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

    public static final String DISPLAY_NAME = "displayName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String SPECIALISMS = "specialisms";
    public static final String ACCREDITATIONS = "accreditations";
    public static final String REGIONS = "regions";
    public static final String ICB_IDS = "icbIds";
    public static final String NATIONS = "nations";
    public static final String ON_SITE = "onSite";
    public static final String CASES_AT_ONCE = "casesAtOnce";
    public static final String DAYS_PER_MONTH = "daysPerMonth";
    public static final String UNAVAILABLE = "unavailable";
    public static final String EMPLOYMENT = "employment";
    public static final String CONFLICTS = "conflicts";
    public static final int MAX_DISPLAY_NAME = 120;
    public static final int MAX_CONTACT_PHONE = 40;
    public static final int MAX_CASES_AT_ONCE = 20;
    public static final int MAX_DAYS_PER_MONTH = 31;

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
