package uk.sexualsafety.cop.portal.investigator.matching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What matching takes from outside the request: how many years past employment with the requesting organisation
 * still counts as a conflict, and which day it is (given, so results do not change with the clock during a test).
 */
public record MatchingRules(int conflictYears, LocalDate today) {

    public static final int DEFAULT_CONFLICT_YEARS = 3;

    public MatchingRules {
        Checks.notNegative(conflictYears, "The years of past employment that count cannot be negative");
        Objects.requireNonNull(today, "today");
    }

    public static MatchingRules defaults(LocalDate today) {
        return new MatchingRules(DEFAULT_CONFLICT_YEARS, today);
    }

    /**
     * Whether a new request leaves out investigators employed in its ICB unless the requester says otherwise:
     * yes when a senior leader is involved, since colleagues across an ICB may know or answer to them.
     */
    public static boolean excludeSameIcbByDefault(boolean seniorLeaderInvolved) {
        return seniorLeaderInvolved;
    }

    /** Employment with the requesting organisation that ended on this day or later is a conflict. */
    LocalDate conflictCutoff() {
        return today.minusYears(conflictYears);
    }
}
