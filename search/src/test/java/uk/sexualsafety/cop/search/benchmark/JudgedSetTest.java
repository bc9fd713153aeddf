package uk.sexualsafety.cop.search.benchmark;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.search.benchmark.JudgedSet.Kind;
import uk.sexualsafety.cop.search.benchmark.JudgedSet.Planted;
import uk.sexualsafety.cop.search.benchmark.JudgedSet.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged set is true by construction only if the generator never writes a topic word and each planted document
 * says what its grade claims. These checks compare stems, as the search does, so "parking" and "car park" clash.
 */
class JudgedSetTest {

    private static final JudgedSet JUDGED = JudgedSet.load();
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "and", "the", "of", "up", "a");
    private static final Pattern EXCLUDED = Pattern.compile("(?:^| )-(\\S+)");
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]+)\"");

    private final Analyzer analyzer = stemmer();

    @Test
    void thereAreAtLeastFortyQueriesCoveringEveryFeatureEachWithSomethingToFind() {
        assertThat(JUDGED.queries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(JUDGED.queries()).extracting(Query::id).doesNotHaveDuplicates();
        assertThat(JUDGED.queries()).extracting(Query::feature).contains("acronym to long form",
                "long form to acronym", "short acronym to long form", "long form to short acronym",
                "American spelling", "inflection", "short token", "quoted phrase", "excluded word");
        for (Query query : JUDGED.queries()) {
            // Case studies are not searchable everywhere yet: every query must be judgeable without them.
            assertThat(query.documents()).as(query.id())
                    .anyMatch(doc -> doc.grade() > 0 && doc.published() && doc.kind() != Kind.CASE_STUDY);
            assertThat(query.documents()).as(query.id()).anyMatch(doc -> doc.grade() == 0);
            assertThat(query.documents()).as(query.id())
                    .noneMatch(doc -> !doc.published() && doc.grade() > 0);
        }
        assertThat(JUDGED.broadQueries()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyPlantedDocumentHoldsItsOwnTopicAndNoOther() {
        Map<String, String> topics = JUDGED.queries().stream()
                .collect(Collectors.toMap(query -> stem(query.topic()), Query::id));
        assertThat(topics).hasSameSizeAs(JUDGED.queries());
        for (Query query : JUDGED.queries()) {
            for (Planted doc : query.documents()) {
                Set<String> found = new HashSet<>(stems(doc.allText()));
                found.retainAll(topics.keySet());
                assertThat(found).as(doc.key() + ": " + doc.title()).containsExactly(stem(query.topic()));
            }
        }
    }

    @Test
    void theGeneratorNeverWritesATopicWord() {
        Set<String> topics = JUDGED.queries().stream().map(query -> stem(query.topic())).collect(Collectors.toSet());
        Vocabulary.everyText().forEach(text -> assertThat(stems(text)).as(text).doesNotContainAnyElementsOf(topics));
    }

    @Test
    void neutralPaddingHoldsNoWordOfAnyQuery() {
        Set<String> queryWords = new HashSet<>();
        for (Query query : JUDGED.queries()) {
            List<String> words = new ArrayList<>(stems(query.text()));
            for (String word : query.text().toLowerCase().split("[^a-z]+")) {
                words.addAll(stems(Vocabulary.AMERICAN.entrySet().stream().filter(e -> e.getValue().equals(word))
                        .map(Map.Entry::getKey).findFirst().orElse(word)));
            }
            words.stream().filter(word -> !FUNCTION_WORDS.contains(word)).forEach(queryWords::add);
        }
        for (String sentence : Vocabulary.NEUTRAL_SENTENCES) {
            assertThat(stems(sentence)).as(sentence).doesNotContainAnyElementsOf(queryWords);
        }
    }

    @Test
    void anExcludedWordIsInEveryDistractorOfItsQueryAndInNoRelevantDocument() {
        for (Query query : JUDGED.queries()) {
            Matcher excluded = EXCLUDED.matcher(query.text());
            if (!excluded.find()) {
                continue;
            }
            String word = stem(excluded.group(1));
            for (Planted doc : query.documents()) {
                assertThat(stems(doc.allText()).contains(word)).as(doc.key()).isEqualTo(doc.grade() == 0);
            }
        }
    }

    @Test
    void aQuotedPhraseIsInEveryRelevantDocumentAndOnlyApartInItsDistractors() {
        for (Query query : JUDGED.queries()) {
            Matcher phrase = PHRASE.matcher(query.text());
            if (!phrase.find()) {
                continue;
            }
            String words = String.join(" ", stems(phrase.group(1)));
            for (Planted doc : query.documents()) {
                String text = String.join(" ", stems(doc.allText()));
                assertThat(text.contains(words)).as(doc.key()).isEqualTo(doc.grade() > 0);
            }
        }
    }

    private String stem(String word) {
        List<String> stems = stems(word);
        assertThat(stems).as(word).hasSize(1);
        return stems.getFirst();
    }

    private List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static Analyzer stemmer() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("snowballPorter", "language", "English")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
