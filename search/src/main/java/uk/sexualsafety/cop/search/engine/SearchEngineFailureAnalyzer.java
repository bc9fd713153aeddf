package uk.sexualsafety.cop.search.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * One clear start-up message, naming the setting to change, instead of the pages of stack trace a search engine that
 * cannot be used would otherwise leave (registered in {@code META-INF/spring.factories}).
 */
class SearchEngineFailureAnalyzer extends AbstractFailureAnalyzer<SearchEngineStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SearchEngineStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
