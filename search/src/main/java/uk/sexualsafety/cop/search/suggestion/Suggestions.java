package uk.sexualsafety.cop.search.suggestion;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.search.AccessFilter;
import uk.sexualsafety.cop.search.SearchUnavailableException;
import uk.sexualsafety.cop.search.SearchViewer;
import uk.sexualsafety.cop.search.Suggestion;
import uk.sexualsafety.cop.search.mapping.ContentFields;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Completes what someone is typing: titles of items they may see whose words start with what they typed (the last
 * word may be unfinished), then phrases of the sector's vocabulary. Titles go through the same access filter as every
 * search, so nobody is ever offered the title of an item they could not open.
 */
@Service
public class Suggestions {

    /** Titles and phrases offered at most. */
    public static final int MAX_SUGGESTIONS = 8;
    private static final int MAX_PHRASES = 3;
    /** Fewer letters than this would match too much to help. */
    private static final int MIN_LETTERS = 2;
    private static final int MAX_TYPED = 100;
    private static final int MAX_WORDS = 8;
    private static final long WAIT_MS = 5000;

    private final EntityManagerFactory entityManagerFactory;
    private final List<Class<?>> indexedTypes;
    private final SectorPhrases phrases = SectorPhrases.load();

    public Suggestions(EntityManagerFactory entityManagerFactory, List<ContentIndexMapping> mappings) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexedTypes = mappings.stream().<Class<?>>map(ContentIndexMapping::entityType).toList();
    }

    /**
     * Suggestions for the text typed so far, titles first; none for fewer than two letters. Any text is safe.
     *
     * @throws SearchUnavailableException if the search engine cannot be reached
     */
    public List<Suggestion> suggest(String typed, SearchViewer viewer) {
        Objects.requireNonNull(viewer, "viewer");
        String text = SectorPhrases.fold(typed == null ? "" : typed.substring(0, Math.min(typed.length(), MAX_TYPED)));
        List<String> words = Arrays.stream(text.split(" ")).filter(word -> !word.isEmpty()).limit(MAX_WORDS).toList();
        if (words.isEmpty() || String.join("", words).length() < MIN_LETTERS) {
            return List.of();
        }
        List<String> phraseMatches = phrases.matching(String.join(" ", words), MAX_PHRASES);
        Set<String> titles = new LinkedHashSet<>(titles(words, viewer, MAX_SUGGESTIONS - phraseMatches.size()));
        List<Suggestion> suggestions = new ArrayList<>();
        titles.forEach(title -> suggestions.add(new Suggestion(title, Suggestion.Kind.TITLE)));
        phraseMatches.stream()
                .filter(phrase -> titles.stream().noneMatch(phrase::equalsIgnoreCase))
                .forEach(phrase -> suggestions.add(new Suggestion(phrase, Suggestion.Kind.PHRASE)));
        return suggestions;
    }

    private List<String> titles(List<String> words, SearchViewer viewer, int limit) {
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            return Search.session(session)
                    .search(indexedTypes)
                    .select(f -> f.field(ContentFields.TITLE, String.class))
                    .where(f -> {
                        BooleanPredicateClausesStep<?, ?> bool = f.bool();
                        AccessFilter.apply(f, bool, viewer);
                        for (String word : words.subList(0, words.size() - 1)) {
                            bool.must(f.match().field(ContentFields.TITLE_WORDS).matching(word));
                        }
                        bool.must(f.prefix().field(ContentFields.TITLE_WORDS).matching(words.getLast()));
                        return bool;
                    })
                    .sort(f -> f.score().then().field(ContentFields.DATE).desc())
                    // A person typing waits no longer than for a search (decision 043).
                    .failAfter(WAIT_MS, TimeUnit.MILLISECONDS)
                    .fetchHits(limit * 2)
                    .stream()
                    .filter(Objects::nonNull)
                    .distinct()
                    .limit(limit)
                    .toList();
        } catch (SearchException e) {
            throw SearchUnavailableException.translate(e);
        }
    }
}
