package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An open investigation request as matching sees it, with the requesting organisation's place: its ICB and region
 * in England (national bodies have neither), its nation everywhere.
 *
 * @param estimatedDays  working days the investigation should take; 0 if not yet known, counted as 1
 * @param excludeSameIcb whether investigators employed in the organisation's ICB are left out; see
 *                       {@link MatchingRules#excludeSameIcbByDefault(boolean)}
 */
public record RequestProfile(long requestId, long organisationId, String organisationName, Long organisationIcbId,
                             String icbName, NhsRegion region, Nation nation, RequestCategory category,
                             boolean seniorLeaderInvolved, Set<Specialism> specialismsNeeded, LocalDate wantedStart,
                             int estimatedDays, DeliveryMode delivery, boolean excludeSameIcb) {

    public RequestProfile {
        Checks.text(organisationName, "Choose the requesting organisation");
        Objects.requireNonNull(nation, "nation");
        if (nation != Nation.ENGLAND && (organisationIcbId != null || region != null)) {
            throw new IllegalArgumentException("Only organisations in England belong to an ICB and NHS region");
        }
        if (organisationIcbId != null && (icbName == null || icbName.isBlank() || region == null)) {
            throw new IllegalArgumentException("An ICB needs its name and NHS region");
        }
        Objects.requireNonNull(category, "Choose what the request is about");
        specialismsNeeded = Set.copyOf(Objects.requireNonNull(specialismsNeeded, "specialismsNeeded"));
        Objects.requireNonNull(wantedStart, "Enter the date the work should start");
        Checks.notNegative(estimatedDays, "The estimated days cannot be negative");
        Objects.requireNonNull(delivery, "Choose on site, remote or either");
    }

    /**
     * The calendar days the work would take, starting on the wanted day. Working days become calendar days at seven
     * for every five, rounded up, so that weekends count without a calendar: 5 working days take 7 days, 1 takes 2.
     */
    public DatePeriod workPeriod() {
        long calendarDays = Math.ceilDiv(Math.max(estimatedDays, 1) * 7L, 5L);
        return new DatePeriod(wantedStart, wantedStart.plusDays(calendarDays - 1));
    }
}
