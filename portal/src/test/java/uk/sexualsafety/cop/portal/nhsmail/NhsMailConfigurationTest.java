package uk.sexualsafety.cop.portal.nhsmail;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an issuer and a client id nothing of NHSmail sign-in exists, so the sign-in page has no button. */
class NhsMailConfigurationTest {

    @Configuration
    @EnableConfigurationProperties(NhsMailProperties.class)
    static class Collaborators {
    }

    private final ApplicationContextRunner portal = new ApplicationContextRunner()
            .withUserConfiguration(Collaborators.class, NhsMailConfiguration.class)
            // Never called while the context starts; the configuration only needs them to exist.
            .withBean(NhsMailAccounts.class, () -> new NhsMailAccounts(null, null, null))
            .withBean(ProvenAddresses.class, () -> new ProvenAddresses(Clock.systemUTC()))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void withoutThePropertiesThereIsNoNhsMailSignIn() {
        portal.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NhsMailSignIn.class));
    }

    @Test
    void anIssuerAloneIsNotEnough() {
        portal.withPropertyValues("portal.nhsmail.issuer=https://login.microsoftonline.com/tenant/v2.0")
                .run(context -> assertThat(context).doesNotHaveBean(NhsMailSignIn.class));
    }

    @Test
    void anIssuerAndAClientIdBringTheSignInWithoutReachingTheProviderAtStartUp() {
        portal.withPropertyValues("portal.nhsmail.issuer=http://127.0.0.1:9/unreachable/v2.0",
                        "portal.nhsmail.client-id=portal", "portal.nhsmail.client-secret=secret")
                .run(context -> {
                    assertThat(context).hasSingleBean(NhsMailSignIn.class);
                    assertThat(context.getBean(NhsMailSignIn.class).knownUnavailable()).isFalse();
                });
    }
}
