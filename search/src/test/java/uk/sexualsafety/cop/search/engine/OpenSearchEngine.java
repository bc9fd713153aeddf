package uk.sexualsafety.cop.search.engine;

import org.springframework.test.context.ContextConfiguration;
import uk.sexualsafety.cop.search.SeparateDatabaseInitializer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a search integration test's class on the OpenSearch engine: put it on a subclass of a contract test (which
 * runs on Lucene), so that the same tests hold for both engines (decision 037). Its rows go into a database of its
 * own: the Lucene contexts' indexes never see them, and a Lucene rebuild (which loads every row) must not find them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = {SeparateDatabaseInitializer.class, OpenSearchEngineInitializer.class})
public @interface OpenSearchEngine {
}
