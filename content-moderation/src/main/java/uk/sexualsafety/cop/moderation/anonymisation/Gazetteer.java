package uk.sexualsafety.cop.moderation.anonymisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Known phrases (names of places, organisations...) compiled into a trie over lower-cased words, so that finding every
 * phrase in a text costs one map look-up per word whatever the number of phrases; a regular expression with one
 * alternative per phrase would try them all at every position.
 *
 * <p>A phrase of several words matches in any case ("milton keynes"); a phrase of one word matches only as written
 * ("LAS", "Leeds"), because single words are where phrases collide with ordinary words and acronyms. Words of a phrase
 * must follow each other as {@link Tokens#joinsPrevious} allows. Immutable and thread-safe once built.
 *
 * @param <V> what the gazetteer knows about each phrase
 */
final class Gazetteer<V> {

    private final Node<V> root;

    private Gazetteer(Node<V> root) {
        this.root = root;
    }

    static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The phrases of a resource beside this class, one a line; blank lines and lines starting with # are skipped. */
    static List<String> readPhrases(String resourceName) {
        String lines = readResource(resourceName);
        var phrases = new ArrayList<String>();
        int length = lines.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && lines.charAt(lineEnd) != '\n' && lines.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String phrase = lines.substring(lineStart, lineEnd).strip();
            if (!phrase.isEmpty() && !phrase.startsWith("#")) {
                phrases.add(phrase);
            }
            lineStart = lineEnd + 1;
        }
        return phrases;
    }

    /** The whole of a resource beside this class, read at once: a reader line by line costs several times more. */
    static String readResource(String resourceName) {
        return new String(readBytes(resourceName), StandardCharsets.UTF_8);
    }

    /** The bytes of a resource beside this class. */
    static byte[] readBytes(String resourceName) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer resource " + resourceName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resourceName, e);
        }
    }

    /** The longest phrase that starts at word {@code from}, or null. */
    Match<V> longestAt(Tokens tokens, int from) {
        Node<V> node = root.children.get(tokens.lowerCase(from));
        if (node == null) {
            return null;
        }
        Match<V> longest = node.inAnyCase == null ? null : new Match<>(from, from + 1, node.inAnyCase);
        if (!node.asWritten.isEmpty()) {
            V value = node.asWritten.get(tokens.text().substring(tokens.start(from), tokens.end(from)));
            if (value != null) {
                longest = new Match<>(from, from + 1, value);
            }
        }
        for (int token = from + 1; token < tokens.size() && tokens.joinsPrevious(token); token++) {
            node = node.children.get(tokens.lowerCase(token));
            if (node == null) {
                break;
            }
            if (node.inAnyCase != null) {
                longest = new Match<>(from, token + 1, node.inAnyCase);
            }
        }
        return longest;
    }

    boolean isEmpty() {
        return root.children.isEmpty();
    }

    /**
     * A phrase found in a text.
     *
     * @param firstToken the index of its first word
     * @param endToken   the index after its last word
     * @param value      what the gazetteer knows about it
     */
    record Match<V>(int firstToken, int endToken, V value) {
    }

    private static final class Node<V> {
        private final Map<String, Node<V>> children = new HashMap<>();
        /** One-word phrases, by the way they are written. */
        private final Map<String, V> asWritten = new HashMap<>();
        /** The phrase that ends here and matches in any case: of several words, or added in any case. */
        private V inAnyCase;
    }

    static final class Builder<V> {

        private final Node<V> root = new Node<>();
        private boolean built;

        private Builder() {
        }

        /**
         * Adds a phrase; a phrase added again replaces the value before. A phrase without letters is ignored.
         *
         * @return whether the phrase had words to add
         */
        boolean add(String phrase, V value) {
            return add(Tokens.of(phrase), value);
        }

        /** {@link #add(String, Object)} with the phrase's words read already. */
        boolean add(Tokens words, V value) {
            Objects.requireNonNull(value, "value");
            if (built) {
                throw new IllegalStateException("the gazetteer is built");
            }
            String phrase = words.text();
            if (words.size() == 0) {
                return false;
            }
            Node<V> node = root;
            for (int i = 0; i < words.size(); i++) {
                node = node.children.computeIfAbsent(words.lowerCase(i), word -> new Node<>());
            }
            if (words.size() == 1) {
                node.asWritten.put(phrase.substring(words.start(0), words.end(0)), value);
            } else {
                node.inAnyCase = value;
            }
            return true;
        }

        /**
         * Adds a phrase that matches in any case even when it is a single word; the detector weighs the evidence.
         *
         * @return whether the phrase had words to add
         */
        boolean addInAnyCase(String phrase, V value) {
            return addInAnyCase(Tokens.of(phrase), value);
        }

        /** {@link #addInAnyCase(String, Object)} with the phrase's words read already. */
        boolean addInAnyCase(Tokens words, V value) {
            Objects.requireNonNull(value, "value");
            if (built) {
                throw new IllegalStateException("the gazetteer is built");
            }
            if (words.size() == 0) {
                return false;
            }
            Node<V> node = root;
            for (int i = 0; i < words.size(); i++) {
                node = node.children.computeIfAbsent(words.lowerCase(i), word -> new Node<>());
            }
            node.inAnyCase = value;
            return true;
        }

        /** The gazetteer, which takes over the builder's trie: nothing can be added after. */
        Gazetteer<V> build() {
            built = true;
            return new Gazetteer<>(root);
        }
    }
}
