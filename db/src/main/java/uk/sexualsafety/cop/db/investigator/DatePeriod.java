package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** Days from {@code fromDate} to {@code toDate}, both included. */
@Embeddable
public record DatePeriod(@Column(nullable = false) LocalDate fromDate, @Column(nullable = false) LocalDate toDate) {

    public DatePeriod {
        Objects.requireNonNull(fromDate);
        Objects.requireNonNull(toDate);
    }

    public boolean overlaps(DatePeriod other) {
        return !fromDate.isAfter(other.toDate) && !other.fromDate.isAfter(toDate);
    }
}
