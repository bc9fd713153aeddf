package uk.sexualsafety.cop.moderation.workflow;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModerationProperties.class)
class ModerationConfiguration {
}
