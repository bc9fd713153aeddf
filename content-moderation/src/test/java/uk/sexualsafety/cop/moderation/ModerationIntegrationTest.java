package uk.sexualsafety.cop.moderation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.sexualsafety.cop.db.testing.TestDatabaseInitializer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Spring test of the moderation workflow on a real MariaDB server. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ModerationTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ActiveProfiles("test")
public @interface ModerationIntegrationTest {
}
