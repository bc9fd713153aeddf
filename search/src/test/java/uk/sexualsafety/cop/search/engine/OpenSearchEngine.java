package uk.sexualsafety.cop.search.engine;

import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a search integration test's class on the OpenSearch engine: put it on a subclass of a contract test (which
 * runs on Lucene), so that the same tests hold for both engines (decision 037).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = OpenSearchEngineInitializer.class)
public @interface OpenSearchEngine {
}
