package uk.sexualsafety.cop.portal.investigator.matching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An accreditation or training an investigator holds, valid from one day up to and including another; no end date
 * means it does not expire.
 */
public record Accreditation(String name, LocalDate validFrom, LocalDate validUntil) {

    public Accreditation {
        Checks.text(name, "Enter the name of the accreditation or training");
        Objects.requireNonNull(validFrom, "The date it is valid from is needed");
        Checks.endNotBeforeStart(validFrom, validUntil,
                "The expiry date must be on or after the date it is valid from");
    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && !isExpiredOn(day);
    }

    /** For the profile's "expired" flag: the last valid day has passed. */
    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }
}
