package uk.sexualsafety.cop.portal.moderation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.sexualsafety.cop.moderation.anonymisation.Anonymiser;

/** The portal's one anonymiser, shared by every kind of contribution; it is immutable and thread-safe. */
@Configuration(proxyBeanMethods = false)
class AnonymiserConfiguration {

    @Bean
    Anonymiser anonymiser() {
        return Anonymiser.standard();
    }
}
