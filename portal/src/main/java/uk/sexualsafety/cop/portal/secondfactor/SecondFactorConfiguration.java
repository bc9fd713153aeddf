package uk.sexualsafety.cop.portal.secondfactor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.sexualsafety.cop.portal.security.SecondFactorProperties;
import uk.sexualsafety.cop.portal.throttle.ThrottleSecret;

@Configuration
class SecondFactorConfiguration {

    @Bean
    SecretCipher secondFactorCipher(SecondFactorProperties properties) {
        return new SecretCipher(SecondFactorKey.from(properties));
    }

    /**
     * The installation's one secret, already the same on every node and kept outside the database, gives the
     * throttles a key of their own: a derived key, so that neither use can reveal the other's.
     */
    @Bean
    ThrottleSecret throttleSecret(SecondFactorProperties properties) {
        byte[] derived = SecondFactorKey.derived(SecondFactorKey.from(properties), "throttle buckets");
        return derived::clone;
    }
}
