package uk.sexualsafety.cop.portal.investigator.matching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An investigator's employment or contract with an organisation, from one day up to and including another; no end
 * date means it goes on. The ICB is the organisation's, and none outside England.
 */
public record Employment(long organisationId, String organisationName, Long icbId, LocalDate from, LocalDate to) {

    public Employment {
        Checks.text(organisationName, "Choose the organisation");
        Objects.requireNonNull(from, "The start date is needed");
        Checks.endNotBeforeStart(from, to, "The end date must be on or after the start date");
    }

    /** Goes on, or ended on that day or later: employed then, or since then. */
    public boolean lastsUntilAtLeast(LocalDate day) {
        return to == null || !to.isBefore(day);
    }
}
