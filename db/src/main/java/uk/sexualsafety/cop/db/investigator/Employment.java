package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Employment or a contract with an organisation, from one day up to and including another; no end date
 * ({@code toDate} empty) means it goes on.
 */
@Embeddable
public record Employment(@Column(nullable = false) long organisationId, @Column(nullable = false) LocalDate fromDate,
                         LocalDate toDate) {

    public Employment {
        Objects.requireNonNull(fromDate, "The start date is needed");
        if (toDate != null && toDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("The end date must be on or after the start date");
        }
    }

    /** Goes on, or ended on that day or later: employed then, or since then. */
    public boolean lastsUntilAtLeast(LocalDate day) {
        return toDate == null || !toDate.isBefore(day);
    }
}
