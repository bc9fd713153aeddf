package uk.sexualsafety.cop.search.suggestion;

import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The sector's phrases offered while someone types: a fixed list ({@code phrases.txt}) with the labels of themes and
 * structures of harm. Never taken from what people search for or write, so a suggestion can reveal nothing.
 */
final class SectorPhrases {

    static final String PHRASES = "uk/sexualsafety/cop/search/suggestion/phrases.txt";

    private final List<String> phrases;
    private final List<String> folded;

    SectorPhrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.folded = this.phrases.stream().map(SectorPhrases::fold).toList();
    }

    static SectorPhrases load() {
        List<String> all = new ArrayList<>(read(PHRASES));
        for (Theme theme : Theme.values()) {
            all.add(theme.label());
        }
        for (HarmStructure harm : HarmStructure.values()) {
            all.add(harm.label());
        }
        // One of each, whatever its capitals: the first written wins.
        Set<String> seen = new HashSet<>();
        return new SectorPhrases(all.stream().filter(phrase -> seen.add(fold(phrase))).toList());
    }

    /**
     * The phrases in which the typed words start words in the same order, those starting with them first; at most
     * {@code limit}. The last typed word may be unfinished.
     */
    List<String> matching(String typed, int limit) {
        String prefix = fold(typed).strip();
        if (prefix.isEmpty()) {
            return List.of();
        }
        List<String> starting = new ArrayList<>();
        List<String> within = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = folded.get(i);
            if (phrase.startsWith(prefix)) {
                starting.add(phrases.get(i));
            } else if (phrase.contains(" " + prefix)) {
                within.add(phrases.get(i));
            }
        }
        starting.addAll(within);
        return starting.stream().limit(limit).toList();
    }

    /** Lower case without accents or punctuation, words separated by single spaces. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && !folded.isEmpty()) {
                    folded.append(' ');
                }
                folded.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        if (space && !folded.isEmpty()) {
            folded.append(' ');
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> read(String resource) {
        InputStream in = SectorPhrases.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
