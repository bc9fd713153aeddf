package uk.sexualsafety.cop.portal.investigator.matching;

import java.time.LocalDate;
import java.util.Objects;

/** Days from one date to another, both included: an unavailable period, or the days a request's work takes. */
public record DatePeriod(LocalDate from, LocalDate to) {

    public DatePeriod {
        Objects.requireNonNull(from, "The start date is needed");
        Objects.requireNonNull(to, "The end date is needed");
        Checks.endNotBeforeStart(from, to, "The end date must be on or after the start date");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the two share at least one day; touching on a single day counts. */
    public boolean overlaps(DatePeriod other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** As people read it, such as "1 Mar 2027 – 14 Mar 2027". */
    public String label() {
        return Wording.date(from) + " – " + Wording.date(to);
    }
}
