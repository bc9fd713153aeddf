package uk.sexualsafety.cop.portal.story;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.sexualsafety.cop.moderation.risk.ImmediateRisk;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoryProperties.class)
class StoryConfiguration {

    @Bean
    ImmediateRisk immediateRisk() {
        return new ImmediateRisk();
    }
}
