package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.EmploymentAt;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Why an investigator may not take a request. Every rule is checked, not only the first that fails, so the
 * coordinator sees all that stands in the way; each check is a pass over one investigator's own lists.
 */
final class Eligibility {

    // The latest employment first: a current one (no end) before any that ended.
    private static final Comparator<EmploymentAt> LATEST_END = Comparator.comparing(e -> e.employment().toDate(),
            Comparator.nullsFirst(Comparator.reverseOrder()));

    private Eligibility() {
    }

    /** Empty when the investigator may take the request. */
    static List<String> reasonsAgainst(InvestigatorCandidate candidate, PreparedRequest prepared) {
        List<String> reasons = new ArrayList<>(2);
        conflicts(candidate, prepared, reasons);
        if (candidate.status() != PoolStatus.ACTIVE) {
            reasons.add("Not active in the pool (" + candidate.status().label().toLowerCase(Locale.UK) + ")");
        }
        specialisms(candidate, prepared, reasons);
        accreditation(candidate, prepared, reasons);
        coverage(candidate, prepared, reasons);
        availability(candidate, prepared, reasons);
        return reasons;
    }

    private static void conflicts(InvestigatorCandidate candidate, PreparedRequest prepared, List<String> reasons) {
        RequestProfile request = prepared.request();
        EmploymentAt latest = null;
        boolean inSameIcb = false;
        for (EmploymentAt employment : candidate.employments()) {
            if (employment.organisationId() == request.organisationId()
                    && (latest == null || LATEST_END.compare(employment, latest) < 0)) {
                latest = employment;
            }
            inSameIcb |= prepared.excludedIcbId() != null && prepared.excludedIcbId().equals(employment.icbId())
                    && employment.employment().lastsUntilAtLeast(prepared.today());
        }
        if (latest != null && latest.employment().lastsUntilAtLeast(prepared.conflictCutoff())) {
            reasons.add(employedBy(latest, prepared));
        }
        if (candidate.conflictOrganisationIds().contains(request.organisationId())) {
            reasons.add("Declared a conflict with " + request.organisationName());
        }
        if (inSameIcb) {
            reasons.add("Employed in the same ICB (" + request.icbName() + ") and this request excludes it");
        }
    }

    private static String employedBy(EmploymentAt employment, PreparedRequest prepared) {
        String organisation = employment.organisationName();
        LocalDate until = employment.employment().toDate();
        if (until == null) {
            return "Works for " + organisation + " now";
        }
        if (!until.isBefore(prepared.today())) {
            return "Works for " + organisation + " until " + Wording.date(until);
        }
        return "Worked for " + organisation + " until " + Wording.date(until) + " (within "
                + Wording.count(prepared.conflictYears(), "year", "years") + ")";
    }

    private static void specialisms(InvestigatorCandidate candidate, PreparedRequest prepared, List<String> reasons) {
        List<String> lacking = new ArrayList<>(0);
        for (Specialism needed : prepared.needed()) {
            if (!candidate.specialisms().contains(needed)) {
                lacking.add(needed.label());
            }
        }
        if (!lacking.isEmpty()) {
            reasons.add("Lacks: " + String.join(", ", lacking));
        }
    }

    private static void accreditation(InvestigatorCandidate candidate, PreparedRequest prepared,
                                      List<String> reasons) {
        LocalDate start = prepared.request().wantedStart();
        List<String> invalid = new ArrayList<>(candidate.accreditations().size());
        for (Accreditation accreditation : candidate.accreditations()) {
            if (accreditation.isValidOn(start)) {
                return;
            }
            invalid.add(accreditation.isExpiredOn(start)
                    ? accreditation.name() + " expired " + Wording.date(accreditation.validUntil())
                    : accreditation.name() + " valid from " + Wording.date(accreditation.validFrom()));
        }
        reasons.add("No accreditation valid on " + prepared.startLabel() + " ("
                + (invalid.isEmpty() ? "none recorded" : String.join("; ", invalid)) + ")");
    }

    private static void coverage(InvestigatorCandidate candidate, PreparedRequest prepared, List<String> reasons) {
        boolean remote = candidate.coverage().remote();
        boolean onSite = candidate.coverage().coversOnSite(prepared.request());
        String notOnSite = "Does not cover " + prepared.placeLabel() + " on site";
        switch (prepared.request().delivery()) {
            case REMOTE -> addUnless(remote, "Does not work remotely", reasons);
            case ON_SITE -> addUnless(onSite, notOnSite, reasons);
            case EITHER -> addUnless(onSite || remote, notOnSite + " and does not work remotely", reasons);
        }
    }

    private static void addUnless(boolean fine, String reason, List<String> reasons) {
        if (!fine) {
            reasons.add(reason);
        }
    }

    private static void availability(InvestigatorCandidate candidate, PreparedRequest prepared,
                                     List<String> reasons) {
        DatePeriod work = prepared.workPeriod();
        for (DatePeriod away : candidate.unavailable()) {
            if (away.overlaps(work)) {
                reasons.add("Unavailable " + Wording.period(away) + (away.contains(work.fromDate())
                        ? ", when the work would start"
                        : ", during the work (" + Wording.period(work) + ")"));
            }
        }
        Capacity capacity = candidate.capacity();
        if (candidate.freeCasePlaces() <= 0) {
            reasons.add("No free case place (" + candidate.openCases() + " of " + capacity.casesAtOnce()
                    + " taken)");
        }
        // A long case needs at most a month's days in its first month; any case needs at least one free day.
        int daysNeeded = Math.max(1, Math.min(prepared.request().estimatedDays(), capacity.daysPerMonth()));
        if (daysNeeded > candidate.freeDaysInWantedMonth()) {
            reasons.add("Not enough days free in " + prepared.monthLabel() + " ("
                    + candidate.committedDaysInWantedMonth() + " of " + capacity.daysPerMonth() + " committed)");
        }
    }
}
