package uk.sexualsafety.cop.db.investigator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.testing.Transitions;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status of an investigation request against every change, without Spring or a database: the resulting
 * status, or "refused" when the entity throws and the request stays as it was.
 */
class InvestigationRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(textBlock = """
            OPEN,        offered,  OFFERED
            OFFERED,     offered,  refused
            ALLOCATED,   offered,  refused
            IN_PROGRESS, offered,  refused
            CLOSED,      offered,  refused
            CANCELLED,   offered,  refused

            OPEN,        allocate, refused
            OFFERED,     allocate, ALLOCATED
            ALLOCATED,   allocate, refused
            IN_PROGRESS, allocate, refused
            CLOSED,      allocate, refused
            CANCELLED,   allocate, refused

            OPEN,        start,    refused
            OFFERED,     start,    refused
            ALLOCATED,   start,    IN_PROGRESS
            IN_PROGRESS, start,    refused
            CLOSED,      start,    refused
            CANCELLED,   start,    refused

            OPEN,        close,    refused
            OFFERED,     close,    refused
            ALLOCATED,   close,    refused
            IN_PROGRESS, close,    CLOSED
            CLOSED,      close,    refused
            CANCELLED,   close,    refused

            OPEN,        reopen,   refused
            OFFERED,     reopen,   OPEN
            ALLOCATED,   reopen,   OPEN
            IN_PROGRESS, reopen,   OPEN
            CLOSED,      reopen,   refused
            CANCELLED,   reopen,   refused

            OPEN,        cancel,   CANCELLED
            OFFERED,     cancel,   CANCELLED
            ALLOCATED,   cancel,   refused
            IN_PROGRESS, cancel,   refused
            CLOSED,      cancel,   refused
            CANCELLED,   cancel,   refused
            """)
    void eachChangeIsAllowedOnlyFromTheStatusesThatPermitIt(RequestStatus from, String change, String outcome) {
        InvestigationRequest request = PoolEntities.request(from);

        Transitions.expect(request, change, outcome, InvestigationRequestTest::apply,
                InvestigationRequest::getStatus);
        RequestStatus now = request.getStatus();
        assertThat(request.getAllocatedAt() != null).as("allocated at").isEqualTo(
                now == RequestStatus.ALLOCATED || now == RequestStatus.IN_PROGRESS || now == RequestStatus.CLOSED);
        assertThat(request.isWaiting()).isEqualTo(now == RequestStatus.OPEN || now == RequestStatus.OFFERED);
    }

    private static void apply(InvestigationRequest request, String change) {
        switch (change) {
            case "offered" -> request.offered();
            case "allocate" -> request.allocate(NOW);
            case "start" -> request.start();
            case "close" -> request.close();
            case "reopen" -> request.reopen();
            case "cancel" -> request.cancel();
            default -> throw new IllegalArgumentException(change);
        }
    }
}
