package uk.sexualsafety.cop.search;

import java.io.IOException;
import java.util.Optional;

/**
 * What every engine does around its own search, in one place: all words first; for plain words that no item has
 * together, any of them; and a respelling on the first page when few items (or none with every word) were found.
 */
final class SearchSteps {

    /** With fewer hits than this, a respelling of unknown words is looked for. */
    static final int FEW_HITS = 3;

    /** One search of the sanitised text, with every word required or any. */
    @FunctionalInterface
    interface Run {
        SearchResults run(String text, boolean everyWord) throws IOException;
    }

    /** A respelling of the text that finds more for the viewer than the results as typed, if any. */
    @FunctionalInterface
    interface Respell {
        Optional<String> respell(String text, SearchResults asTyped) throws IOException;
    }

    private SearchSteps() {
    }

    static SearchResults search(SearchQuery query, String text, Run run, Respell respell) throws IOException {
        SearchResults results = run.run(text, true);
        boolean plainWords = !QueryText.usesOperators(text);
        if (results.totalHits() == 0 && QueryText.wordCount(text) > 1 && plainWords) {
            SearchResults anyWord = run.run(text, false);
            results = new SearchResults(anyWord.totalHits(), anyWord.hits(), anyWord.facets(), false);
        }
        if (plainWords && !text.isEmpty() && query.offset() == 0
                && (results.totalHits() < FEW_HITS || !results.allWordsMatched())) {
            Optional<String> respelt = respell.respell(text, results);
            if (respelt.isPresent()) {
                results = results.withDidYouMean(respelt.get());
            }
        }
        return results;
    }
}
