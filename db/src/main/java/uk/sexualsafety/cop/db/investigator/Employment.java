package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** Employment or a contract with an organisation; {@code toDate} is empty while it lasts. */
@Embeddable
public record Employment(@Column(nullable = false) long organisationId, @Column(nullable = false) LocalDate fromDate,
                         LocalDate toDate) {

    public Employment {
        Objects.requireNonNull(fromDate);
    }
}
