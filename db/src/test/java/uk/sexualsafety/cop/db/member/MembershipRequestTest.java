package uk.sexualsafety.cop.db.member;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.organisation.Organisation;

import java.lang.reflect.Constructor;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipRequestTest {

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(textBlock = """
            UNCONFIRMED, confirm, PENDING
            UNCONFIRMED, approve, refused
            UNCONFIRMED, decline, refused
            PENDING,     confirm, refused
            PENDING,     approve, APPROVED
            PENDING,     decline, DECLINED
            APPROVED,    confirm, refused
            APPROVED,    approve, refused
            APPROVED,    decline, refused
            DECLINED,    confirm, refused
            DECLINED,    approve, refused
            DECLINED,    decline, refused
            """)
    void aRequestMovesOnlyForward(MembershipRequestStatus from, String action, String outcome) throws Exception {
        MembershipRequest request = in(from);

        if (outcome.equals("refused")) {
            assertThatThrownBy(() -> act(request, action)).isInstanceOf(IllegalStateException.class);
            assertThat(request.getStatus()).isEqualTo(from);
        } else {
            act(request, action);
            assertThat(request.getStatus()).isEqualTo(MembershipRequestStatus.valueOf(outcome));
            assertThat(request.getPasswordHash()).as("a password only while it waits")
                    .isEqualTo(outcome.equals("PENDING") ? "{bcrypt}hash" : null);
        }
    }

    private static void act(MembershipRequest request, String action) {
        switch (action) {
            case "confirm" -> request.confirm("{bcrypt}hash", Instant.now());
            case "approve" -> request.approve(1L, Instant.now());
            case "decline" -> request.decline(1L, Instant.now(), null);
            default -> throw new IllegalArgumentException(action);
        }
    }

    private static MembershipRequest in(MembershipRequestStatus status) throws Exception {
        Constructor<Organisation> constructor = Organisation.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        MembershipRequest request = new MembershipRequest("Alex Example", "alex@nhs.net", "Educator",
                constructor.newInstance(), null, Instant.now());
        if (status != MembershipRequestStatus.UNCONFIRMED) {
            request.confirm("{bcrypt}hash", Instant.now());
        }
        if (status == MembershipRequestStatus.APPROVED) {
            request.approve(1L, Instant.now());
        } else if (status == MembershipRequestStatus.DECLINED) {
            request.decline(1L, Instant.now(), null);
        }
        return request;
    }
}
