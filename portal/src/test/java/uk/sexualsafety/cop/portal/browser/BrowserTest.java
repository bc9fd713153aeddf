package uk.sexualsafety.cop.portal.browser;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.sexualsafety.cop.db.testing.TestDatabaseInitializer;
import uk.sexualsafety.cop.portal.Application;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.nhsmail.TestOidcProviderInitializer;
import uk.sexualsafety.cop.portal.notification.AccountMailboxInitializer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A journey through the real UI: the portal on a random port, real MariaDB, headless Chromium. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Every test browser comes from 127.0.0.1: the per-client limits on anonymous stories and codes (tested on
        // the service) would otherwise count all journeys of the run as one visitor.
        properties = {"portal.stories.anonymous-submissions-per-client=1000",
                "portal.stories.code-attempts-per-client=1000", "portal.membership.requests-per-client=1000",
                "portal.password.reset-requests-per-client=1000"})
// NHSmail sign-in against the OpenID Connect provider in the test JVM, so that every journey has the button.
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestOidcProviderInitializer.class,
        AccountMailboxInitializer.class})
@ActiveProfiles("test")
@Import({TestAccounts.class, SignedIn.class})
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
