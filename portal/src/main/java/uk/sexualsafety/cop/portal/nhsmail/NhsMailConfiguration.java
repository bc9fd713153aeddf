package uk.sexualsafety.cop.portal.nhsmail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Present only when NHSmail's issuer and client id are configured (decision 032). */
@Configuration
@ConditionalOnProperty(prefix = "portal.nhsmail", name = {"issuer", "client-id"})
class NhsMailConfiguration {

    @Bean
    NhsMailSignIn nhsMailSignIn(NhsMailProperties properties, NhsMailAccounts accounts,
                                ProvenAddresses provenAddresses, Clock clock) {
        return new NhsMailSignIn(new NhsMailRegistrations(properties), new NhsMailUserService(accounts, clock),
                new NhsMailFailureHandler(provenAddresses));
    }
}
