package uk.sexualsafety.cop.portal.notification;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points every integration and browser test's portal at the one {@link AccountMailbox} server, so that tests of
 * account emails share the common application contexts instead of starting two of their own. Added last: a test
 * class with a mail server of its own (its {@code @DynamicPropertySource}) still wins.
 */
public class AccountMailboxInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("accountMailbox", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", AccountMailbox.SERVER.getSmtp().getPort(),
                "portal.base-url", AccountMailbox.BASE_URL)));
    }
}
