package uk.sexualsafety.cop.portal.investigator.matching;

/** How much work an investigator takes on: cases at the same time, and days a month. */
public record Capacity(int casesAtOnce, int daysPerMonth) {

    public Capacity {
        Checks.notNegative(casesAtOnce, "The number of cases at once cannot be negative");
        if (daysPerMonth < 0 || daysPerMonth > 31) {
            throw new IllegalArgumentException("The days a month must be between 0 and 31");
        }
    }
}
