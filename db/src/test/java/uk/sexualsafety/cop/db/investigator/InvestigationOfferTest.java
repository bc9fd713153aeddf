package uk.sexualsafety.cop.db.investigator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.testing.Transitions;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.db.investigator.PoolEntities.EXPIRES_AT;

/**
 * Every status of an offer against every answer, without Spring or a database: an offer is answered once, and a
 * pending offer reads as expired once its time has passed.
 */
class InvestigationOfferTest {

    private static final Instant LATER = EXPIRES_AT.plus(Duration.ofDays(1));

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(textBlock = """
            PENDING,   accept,   ACCEPTED
            PENDING,   decline,  DECLINED
            PENDING,   expire,   EXPIRED
            PENDING,   withdraw, WITHDRAWN
            ACCEPTED,  accept,   refused
            ACCEPTED,  decline,  refused
            ACCEPTED,  expire,   refused
            ACCEPTED,  withdraw, refused
            DECLINED,  accept,   refused
            DECLINED,  decline,  refused
            DECLINED,  expire,   refused
            DECLINED,  withdraw, refused
            EXPIRED,   accept,   refused
            EXPIRED,   decline,  refused
            EXPIRED,   expire,   refused
            EXPIRED,   withdraw, refused
            WITHDRAWN, accept,   refused
            WITHDRAWN, decline,  refused
            WITHDRAWN, expire,   refused
            WITHDRAWN, withdraw, refused
            """)
    void anOfferIsAnsweredOnce(OfferStatus from, String answer, String outcome) {
        InvestigationOffer offer = PoolEntities.offer(from);
        Instant answeredBefore = offer.getAnsweredAt();

        Transitions.expect(offer, answer, outcome, InvestigationOfferTest::apply, InvestigationOffer::getStatus);
        assertThat(offer.getAnsweredAt()).isEqualTo(from == OfferStatus.PENDING ? EXPIRES_AT : answeredBefore);
    }

    @ParameterizedTest(name = "{0}, after its expiry: {1}")
    @CsvSource(textBlock = """
            PENDING,   EXPIRED
            ACCEPTED,  ACCEPTED
            DECLINED,  DECLINED
            EXPIRED,   EXPIRED
            WITHDRAWN, WITHDRAWN
            """)
    void onlyAPendingOfferLapsesWithTime(OfferStatus status, OfferStatus afterExpiry) {
        InvestigationOffer offer = PoolEntities.offer(status);

        assertThat(offer.statusAt(EXPIRES_AT.minusSeconds(1))).isEqualTo(status);
        assertThat(offer.statusAt(LATER)).isEqualTo(afterExpiry);
    }

    private static void apply(InvestigationOffer offer, String answer) {
        switch (answer) {
            case "accept" -> offer.accept(EXPIRES_AT);
            case "decline" -> offer.decline("No time", EXPIRES_AT);
            case "expire" -> offer.expire(EXPIRES_AT);
            case "withdraw" -> offer.withdraw(EXPIRES_AT);
            default -> throw new IllegalArgumentException(answer);
        }
    }
}
