package uk.sexualsafety.cop.portal.investigator;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param offerExpiry             how long an investigator has to answer an offer before it lapses and the
 *                                request passes to the next investigator in rank
 * @param employmentConflictYears for how many years after working for an organisation an investigator may not
 *                                investigate for it
 */
@ConfigurationProperties("portal.pool")
public record PoolProperties(Duration offerExpiry, Integer employmentConflictYears) {

    public PoolProperties {
        offerExpiry = offerExpiry == null ? Duration.ofHours(72) : offerExpiry;
        employmentConflictYears = employmentConflictYears == null ? 3 : employmentConflictYears;
        if (offerExpiry.isNegative() || offerExpiry.isZero()) {
            throw new IllegalArgumentException("portal.pool.offer-expiry must be positive");
        }
        if (employmentConflictYears < 0) {
            throw new IllegalArgumentException("portal.pool.employment-conflict-years must not be negative");
        }
    }
}
