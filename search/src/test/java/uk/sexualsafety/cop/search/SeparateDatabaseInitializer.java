package uk.sexualsafety.cop.search;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import uk.sexualsafety.cop.db.testing.TestDatabase;

import java.util.Map;

/**
 * Points a test's application context at a new, empty database of its own on the test server. For tests whose
 * expectations cover a whole corpus (golden relevance, the benchmark), which the other tests' rows in the shared
 * database would otherwise disturb. Flyway migrates it when the context starts.
 */
public class SeparateDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection connection = TestDatabase.freshDatabase("search");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("separateDatabase", Map.of(
                "spring.datasource.url", connection.url(),
                "spring.datasource.username", connection.username(),
                "spring.datasource.password", connection.password())));
    }
}
