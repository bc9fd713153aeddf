package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days from {@code fromDate} to {@code toDate}, both included: an investigator's unavailable period, or the days a
 * request's work would take.
 */
@Embeddable
public record DatePeriod(@Column(nullable = false) LocalDate fromDate, @Column(nullable = false) LocalDate toDate) {

    public DatePeriod {
        Objects.requireNonNull(fromDate, "The start date is needed");
        Objects.requireNonNull(toDate, "The end date is needed");
        if (toDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("The end date must be on or after the start date");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
    }

    /** Whether the two share at least one day; touching on a single day counts. */
    public boolean overlaps(DatePeriod other) {
        return !fromDate.isAfter(other.toDate) && !other.fromDate.isAfter(toDate);
    }
}
