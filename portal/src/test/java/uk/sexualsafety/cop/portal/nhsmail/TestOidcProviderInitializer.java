package uk.sexualsafety.cop.portal.nhsmail;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Configures NHSmail sign-in against the {@link TestOidcProvider}, started before the context, so that browser
 * journeys run with the button present in the one shared browser-test context.
 */
public class TestOidcProviderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testOidcProvider", Map.of(
                "portal.nhsmail.issuer", TestOidcProvider.issuer(),
                "portal.nhsmail.client-id", TestOidcProvider.CLIENT_ID,
                "portal.nhsmail.client-secret", TestOidcProvider.CLIENT_SECRET)));
    }
}
