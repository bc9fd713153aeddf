package uk.sexualsafety.cop.portal.nhsmail;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider unreachable: the portal notices when someone chooses NHSmail, and nothing throws. */
class NhsMailRegistrationsTest {

    @Test
    void anUnreachableProviderIsReportedAsUnavailableAndGivesNoRegistration() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        NhsMailRegistrations registrations = new NhsMailRegistrations(new NhsMailProperties(
                "http://127.0.0.1:" + closedPort + "/tenant/v2.0", "portal", "secret", List.of(),
                Duration.ofSeconds(2)));

        assertThat(registrations.knownUnavailable()).isFalse();
        assertThat(registrations.refresh()).isFalse();
        assertThat(registrations.knownUnavailable()).isTrue();
        assertThat(registrations.findByRegistrationId(NhsMailRegistrations.REGISTRATION_ID)).isNull();
        assertThat(registrations.findByRegistrationId("another")).isNull();
    }

    @Test
    void theIssuerIsReadWithoutItsTrailingSlash() {
        assertThat(new NhsMailProperties("https://login.microsoftonline.com/t/v2.0/", "c", "s", null, null)
                .issuer()).isEqualTo("https://login.microsoftonline.com/t/v2.0");
    }
}
