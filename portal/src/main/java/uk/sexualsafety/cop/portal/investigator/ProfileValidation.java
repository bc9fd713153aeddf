package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.AccreditationEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.ConflictEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.EmploymentEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.PeriodEntry;
import uk.sexualsafety.cop.portal.member.EmailAddresses;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of a profile, each problem next to its field. Plain Java: what exists is passed in. */
final class ProfileValidation {

    static final int MAX_ENTRIES = 50;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,40}");
    private static final String ENDS_BEFORE_START = "The end date must be on or after the start date";

    private ProfileValidation() {
    }

    /** @throws uk.sexualsafety.cop.portal.validation.InvalidInputException with a message per field */
    static void check(ProfileForm form, Set<Long> knownOrganisationIds, Set<Long> knownIcbIds) {
        Problems problems = new Problems()
                .requireText(ProfileForm.DISPLAY_NAME, form.displayName(), ProfileForm.MAX_DISPLAY_NAME,
                        "Enter the name coordinators and requesters will see")
                .limitText(ProfileForm.CONTACT_PHONE, form.contactPhone(), ProfileForm.MAX_CONTACT_PHONE);
        if (form.contactEmail() == null || form.contactEmail().isBlank()) {
            problems.add(ProfileForm.CONTACT_EMAIL, "Enter the email address requesters can contact you at");
        } else if (EmailAddresses.domainOf(form.contactEmail()).isEmpty()) {
            problems.add(ProfileForm.CONTACT_EMAIL,
                    "Enter an email address in the correct format, like name@example.org");
        }
        if (form.contactPhone() != null && !form.contactPhone().isBlank()
                && !PHONE.matcher(form.contactPhone().strip()).matches()) {
            problems.add(ProfileForm.CONTACT_PHONE, "Enter a phone number, like 020 7946 0000 or +44 20 7946 0000");
        }
        capacity(problems, ProfileForm.CASES_AT_ONCE, form.casesAtOnce(), ProfileForm.MAX_CASES_AT_ONCE,
                "Enter how many cases you can take at once");
        capacity(problems, ProfileForm.DAYS_PER_MONTH, form.daysPerMonth(), ProfileForm.MAX_DAYS_PER_MONTH,
                "Enter how many days a month you can give");
        if (!form.onSite() && !form.remote()) {
            problems.add(ProfileForm.ON_SITE, "Choose whether you work on site, remotely or both");
        }
        if (form.nations().contains(Nation.ENGLAND)) {
            problems.add(ProfileForm.NATIONS, "Cover England by choosing its regions or integrated care boards");
        }
        if (!knownIcbIds.containsAll(form.icbIds())) {
            problems.add(ProfileForm.ICB_IDS, "Choose integrated care boards from the list");
        }
        accreditations(problems, form.accreditations());
        unavailable(problems, form.unavailable());
        employment(problems, form.employment(), knownOrganisationIds);
        conflicts(problems, form.conflicts(), knownOrganisationIds);
        problems.throwIfAny();
    }

    private static void capacity(Problems problems, String field, Integer value, int max, String whatIsMissing) {
        if (value == null) {
            problems.add(field, whatIsMissing);
        } else if (value < 0) {
            problems.add(field, "Capacity cannot be below zero");
        } else if (value > max) {
            problems.add(field, "Enter a number no higher than " + max);
        }
    }

    private static void accreditations(Problems problems, List<AccreditationEntry> entries) {
        if (tooMany(problems, ProfileForm.ACCREDITATIONS, entries)) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            AccreditationEntry entry = entries.get(i);
            String at = "accreditations[" + i + "].";
            problems.requireText(at + "name", entry.name(), 200, "Enter the name of the accreditation or training");
            if (entry.validFrom() == null) {
                problems.add(at + "validFrom", "Enter the date it was awarded");
            } else if (entry.validUntil() != null && entry.validUntil().isBefore(entry.validFrom())) {
                problems.add(at + "validUntil", ENDS_BEFORE_START);
            }
        }
    }

    private static void unavailable(Problems problems, List<PeriodEntry> entries) {
        if (tooMany(problems, ProfileForm.UNAVAILABLE, entries)) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            PeriodEntry entry = entries.get(i);
            String at = "unavailable[" + i + "].";
            if (entry.from() == null) {
                problems.add(at + "from", "Enter the first day you are unavailable");
            }
            if (entry.to() == null) {
                problems.add(at + "to", "Enter the last day you are unavailable");
            }
            if (entry.from() == null || entry.to() == null) {
                continue;
            }
            if (entry.to().isBefore(entry.from())) {
                problems.add(at + "to", "The last day must be on or after the first day");
                continue;
            }
            for (int j = 0; j < i; j++) {
                PeriodEntry earlier = entries.get(j);
                if (isPeriod(earlier) && !entry.from().isAfter(earlier.to()) && !earlier.from().isAfter(entry.to())) {
                    problems.add(at + "from", "This period overlaps the one from " + PoolDates.format(earlier.from())
                            + " to " + PoolDates.format(earlier.to()) + ": join them into one");
                    break;
                }
            }
        }
    }

    private static boolean isPeriod(PeriodEntry entry) {
        return entry.from() != null && entry.to() != null && !entry.to().isBefore(entry.from());
    }

    private static void employment(Problems problems, List<EmploymentEntry> entries, Set<Long> knownOrganisations) {
        if (tooMany(problems, ProfileForm.EMPLOYMENT, entries)) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            EmploymentEntry entry = entries.get(i);
            String at = "employment[" + i + "].";
            if (entry.organisationId() == null || !knownOrganisations.contains(entry.organisationId())) {
                problems.add(at + "organisationId", "Choose the organisation you worked for");
            }
            LocalDate from = entry.from();
            if (from == null) {
                problems.add(at + "from", "Enter when you started");
            } else if (entry.to() != null && entry.to().isBefore(from)) {
                problems.add(at + "to", ENDS_BEFORE_START);
            }
        }
    }

    private static void conflicts(Problems problems, List<ConflictEntry> entries, Set<Long> knownOrganisations) {
        if (tooMany(problems, ProfileForm.CONFLICTS, entries)) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            ConflictEntry entry = entries.get(i);
            String at = "conflicts[" + i + "].";
            if (entry.organisationId() == null || !knownOrganisations.contains(entry.organisationId())) {
                problems.add(at + "organisationId", "Choose the organisation the conflict is with");
            }
            problems.requireText(at + "description", entry.description(), 500,
                    "Describe the conflict, such as a close relationship with someone who works there");
        }
    }

    private static boolean tooMany(Problems problems, String field, List<?> entries) {
        if (entries.size() > MAX_ENTRIES) {
            problems.add(field, "Enter no more than " + MAX_ENTRIES);
            return true;
        }
        return false;
    }
}
