package uk.sexualsafety.cop.portal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.sexualsafety.cop.db.testing.TestDatabaseInitializer;
import uk.sexualsafety.cop.portal.notification.AccountMailboxInitializer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Spring test of the portal's services on a real MariaDB server, without a browser. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class)
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, AccountMailboxInitializer.class})
@ActiveProfiles("test")
@Import({TestAccounts.class, SignedIn.class})
public @interface IntegrationTest {
}
