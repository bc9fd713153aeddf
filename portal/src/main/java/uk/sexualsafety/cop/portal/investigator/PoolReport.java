package uk.sexualsafety.cop.portal.investigator;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The pool's figures for coordinators. Counts are exact here; the view hides counts under five (small numbers could
 * identify a case) before anything is shown or exported.
 *
 * @param byArea       requests per ICB (or nation outside England): waiting and allocated
 * @param byCategory   requests per category
 * @param capacity     per ICB: case places and days a month of active investigators covering it on site
 * @param balance      per organisation: cases its staff investigated for the pool, and cases it received
 * @param allocation   days from request to allocation
 */
public record PoolReport(List<AreaCount> byArea, List<CategoryCount> byCategory, List<AreaCapacity> capacity,
                         List<OrganisationBalance> balance, AllocationTimes allocation) {

    public record AreaCount(String area, long waiting, long allocated) {
    }

    public record CategoryCount(String category, long requests) {
    }

    public record AreaCapacity(String icb, long casePlaces, long daysPerMonth) {
    }

    public record OrganisationBalance(String organisation, long casesGiven, long daysGiven, long casesReceived,
                                      long daysReceived) {
    }

    /** {@code median} and {@code ninetiethPercentile} are empty when nothing has been allocated yet. */
    public record AllocationTimes(long allocated, OptionalDouble median, OptionalDouble ninetiethPercentile,
                                  int targetDays) {
    }
}
