package uk.sexualsafety.cop.portal.secondfactor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.sexualsafety.cop.portal.security.SecondFactorProperties;

@Configuration
class SecondFactorConfiguration {

    @Bean
    SecretCipher secondFactorCipher(SecondFactorProperties properties) {
        return new SecretCipher(SecondFactorKey.from(properties));
    }
}
