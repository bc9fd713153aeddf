package uk.sexualsafety.cop.portal.policy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentExtractor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyProperties.class)
class PolicyConfiguration {

    /** One pool of readers for the whole portal, stopped with it. */
    @Bean(destroyMethod = "close")
    DocumentExtractor documentExtractor(PolicyProperties properties) {
        return new DocumentExtractor(properties.limits());
    }
}
