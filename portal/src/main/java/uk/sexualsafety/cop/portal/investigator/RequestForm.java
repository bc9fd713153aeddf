package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.Complexity;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;

import java.time.LocalDate;
import java.util.Set;

/**
 * A trust requester's request for an investigator. Problems come back per component name.
 *
 * @param organisationId the requester's own organisation; empty means theirs, any other is refused
 * @param excludeSameIcb whether nobody employed in the organisation's ICB may be offered it; empty means yes when a
 *                       senior leader is involved and no otherwise
 * @param summary        a short summary without the names of the people involved; the anonymiser checks it
 */
public record RequestForm(Long organisationId, RequestCategory category, Complexity complexity,
                          boolean seniorLeaderInvolved, Set<Specialism> specialismsNeeded, LocalDate wantedStart,
                          Integer estimatedDays, DeliveryMode deliveryMode, Boolean excludeSameIcb, String summary) {

    public static final String CATEGORY = "category";
    public static final String COMPLEXITY = "complexity";
    public static final String SPECIALISMS_NEEDED = "specialismsNeeded";
    public static final String WANTED_START = "wantedStart";
    public static final String ESTIMATED_DAYS = "estimatedDays";
    public static final String DELIVERY_MODE = "deliveryMode";
    public static final String SUMMARY = "summary";
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_ESTIMATED_DAYS = 365;

    public RequestForm {
        specialismsNeeded = specialismsNeeded == null ? Set.of() : Set.copyOf(specialismsNeeded);
    }
}
