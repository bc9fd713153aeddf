package uk.sexualsafety.cop.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import uk.sexualsafety.cop.search.mapping.ContentFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@link Respelling} for OpenSearch: the same rules (words of letters, 4 to 40 long, left alone when known as written
 * or as searched), with OpenSearch's term suggester, which is Lucene's direct spell checker with the same settings,
 * over the words of titles and summaries as written. The suggester's JSON goes through Hibernate Search's
 * Elasticsearch extension, which its DSL does not cover.
 */
final class OpenSearchRespelling {

    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 40;

    private final SearchSession session;
    private final SearchScope<Object> scope;
    private final Function<String, List<Class<?>>> fieldOwners;

    /** @param fieldOwners the indexed types whose index has a field */
    OpenSearchRespelling(SearchSession session, SearchScope<Object> scope,
                         Function<String, List<Class<?>>> fieldOwners) {
        this.session = session;
        this.scope = scope;
        this.fieldOwners = fieldOwners;
    }

    Optional<String> respell(String sanitisedText) {
        String[] words = sanitisedText.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || !word.chars().allMatch(Character::isLetter)
                    || known(word)) {
                continue;
            }
            Optional<String> better = likeliest(word);
            if (better.isPresent()) {
                words[i] = better.get();
                changed = true;
            }
        }
        return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    /** In a title or summary, as written or as searched, or as searched in the long texts of two items or more. */
    private boolean known(String word) {
        long inShortFields = session.search(scope)
                .where(f -> f.bool()
                        .should(f.match().field(ContentFields.TITLE_WORDS).matching(word))
                        .should(f.match().field(ContentFields.SUMMARY_WORDS).matching(word))
                        .should(f.match().field(ContentFields.TITLE).matching(word))
                        .should(f.match().field(ContentFields.SUMMARY).matching(word)))
                .failAfter(OpenSearchSearchService.PEOPLE_WAIT_MS, TimeUnit.MILLISECONDS)
                .fetchTotalHitCount();
        return inShortFields > 0 || session.search(scope)
                .where(f -> f.match().field(ContentFields.BODY).matching(word))
                .failAfter(OpenSearchSearchService.PEOPLE_WAIT_MS, TimeUnit.MILLISECONDS)
                .fetchTotalHitCount() >= 2;
    }

    private Optional<String> likeliest(String word) {
        String best = null;
        double bestScore = -1;
        long bestFreq = -1;
        for (String field : ContentFields.WORD_FIELDS) {
            for (JsonObject candidate : suggestions(field, word)) {
                double score = candidate.get("score").getAsDouble();
                long freq = candidate.get("freq").getAsLong();
                if (score > bestScore || score == bestScore && freq > bestFreq) {
                    best = candidate.get("text").getAsString();
                    bestScore = score;
                    bestFreq = freq;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The term suggester's candidates for the word in one field, asked only of the indexes that have the field:
     * OpenSearch fails a suggestion on an index without it, where Lucene's spell checker finds nothing.
     */
    private List<JsonObject> suggestions(String field, String word) {
        List<Class<?>> withField = fieldOwners.apply(field);
        if (withField.isEmpty()) {
            return List.of();
        }
        JsonObject term = new JsonObject();
        term.addProperty("field", field);
        term.addProperty("suggest_mode", "missing");
        term.addProperty("size", 1);
        term.addProperty("max_edits", 2);
        term.addProperty("min_word_length", MIN_LENGTH);
        term.addProperty("accuracy", 0.7);
        // Respelling's threshold, which Lucene's spell checker reads as "in more items than this": a word of one
        // item only (a name, a typo) is no correction.
        term.addProperty("min_doc_freq", 1);
        term.addProperty("sort", "score");
        JsonObject named = new JsonObject();
        named.addProperty("text", word);
        named.add("term", term);
        JsonObject suggest = new JsonObject();
        suggest.add(field, named);
        ElasticsearchSearchResult<?> result = session.search(session.scope(withField))
                .extension(ElasticsearchExtension.get())
                .where(f -> f.matchNone())
                .requestTransformer(context -> context.body().add("suggest", suggest))
                .failAfter(OpenSearchSearchService.PEOPLE_WAIT_MS, TimeUnit.MILLISECONDS)
                .fetch(0);
        JsonObject suggested = result.responseBody().getAsJsonObject("suggest");
        List<JsonObject> candidates = new ArrayList<>();
        for (JsonElement entry : suggested == null ? new JsonArray() : suggested.getAsJsonArray(field)) {
            for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                candidates.add(option.getAsJsonObject());
            }
        }
        return candidates;
    }
}
