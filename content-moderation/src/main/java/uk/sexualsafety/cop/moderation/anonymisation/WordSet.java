package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * A large set of words (the quarter of a million in the word lists) kept as one string of all the words, their
 * offsets and hash codes, and an open-addressing table: no object per word. Reading the lists into a {@code HashSet}
 * made a string and a node for every word, which took most of the anonymiser's start-up time and most of its heap;
 * here reading is a copy of the characters and an array store per word, and a look-up costs what a {@code HashSet}'s
 * does (the word's cached hash code, then one comparison of characters). Immutable and thread-safe once built.
 */
final class WordSet extends AbstractSet<String> {

    private final String words;
    /** Word {@code i} is {@code words[offsets[i], offsets[i + 1])}. */
    private final int[] offsets;
    /** {@link String#hashCode()} of each word. */
    private final int[] hashes;
    /** Index + 1 of the word in each slot, 0 where empty; a power of two long, at most half full. */
    private final int[] table;
    private final int size;

    private WordSet(String words, int[] offsets, int[] hashes, int[] table, int size) {
        this.words = words;
        this.offsets = offsets;
        this.hashes = hashes;
        this.table = table;
        this.size = size;
    }

    @Override
    public boolean contains(Object object) {
        if (!(object instanceof String word)) {
            return false;
        }
        int hash = word.hashCode();
        int length = word.length();
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int index = table[slot] - 1;
            if (hashes[index] == hash && offsets[index + 1] - offsets[index] == length
                    && words.regionMatches(offsets[index], word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public String next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                next++;
                return words.substring(offsets[next - 1], offsets[next]);
            }
        };
    }

    /** While building: the index of {@code key[start, end)} (whose hash code is {@code hash}) among the words, or -1. */
    private static int find(CharSequence words, int[] offsets, int[] hashes, int[] table, CharSequence key, int start,
                            int end, int hash) {
        int mask = table.length - 1;
        int length = end - start;
        for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int word = table[slot] - 1;
            if (hashes[word] == hash && offsets[word + 1] - offsets[word] == length
                    && regionEquals(words, offsets[word], key, start, length)) {
                return word;
            }
        }
        return -1;
    }

    private static boolean regionEquals(CharSequence words, int offset, CharSequence key, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (words.charAt(offset + i) != key.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects words as a list's lines give them: lower case, accents folded, each once. */
    static final class Builder {

        private final StringBuilder words = new StringBuilder(1 << 16);
        private int[] offsets = new int[1 << 12];
        private int[] hashes = new int[1 << 11];
        private int[] table = new int[1 << 12];
        private int size;

        private Builder() {
        }

        /**
         * Adds the lines of a list, skipping blank lines and lines starting with #, each folded as
         * {@link Lexicon#fold} folds a lower-case word.
         */
        Builder addLines(String list) {
            int length = list.length();
            int lineStart = 0;
            while (lineStart < length) {
                int lineEnd = lineStart;
                while (lineEnd < length && list.charAt(lineEnd) != '\n' && list.charAt(lineEnd) != '\r') {
                    lineEnd++;
                }
                int start = lineStart;
                int end = lineEnd;
                while (start < end && Character.isWhitespace(list.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(list.charAt(end - 1))) {
                    end--;
                }
                if (start < end && list.charAt(start) != '#') {
                    addWord(list, start, end);
                }
                lineStart = lineEnd + 1;
            }
            return this;
        }

        private void addWord(String list, int start, int end) {
            if (isFoldedAscii(list, start, end)) {
                add(list, start, end);
            } else {
                String folded = Lexicon.fold(list.substring(start, end).toLowerCase(Locale.ROOT));
                add(folded, 0, folded.length());
            }
        }

        /** Whether the word is already as folding would leave it: ASCII without capitals, the usual case. */
        private static boolean isFoldedAscii(String list, int start, int end) {
            for (int i = start; i < end; i++) {
                char c = list.charAt(i);
                if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                    return false;
                }
            }
            return true;
        }

        private void add(String source, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + source.charAt(i);
            }
            if (find(words, offsets, hashes, table, source, start, end, hash) >= 0) {
                return;
            }
            if (size + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            if (size + 1 > hashes.length) {
                hashes = Arrays.copyOf(hashes, hashes.length * 2);
            }
            words.append(source, start, end);
            hashes[size] = hash;
            offsets[size + 1] = words.length();
            size++;
            if (size * 2 > table.length) {
                table = tableOf(hashes, size, table.length * 2);
            } else {
                insert(table, hash, size);
            }
        }

        private static int[] tableOf(int[] hashes, int size, int length) {
            int[] table = new int[length];
            for (int word = 0; word < size; word++) {
                insert(table, hashes[word], word + 1);
            }
            return table;
        }

        private static void insert(int[] table, int hash, int entry) {
            int mask = table.length - 1;
            int slot = spread(hash) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = entry;
        }

        WordSet build() {
            return new WordSet(words.toString(), Arrays.copyOf(offsets, size + 1), Arrays.copyOf(hashes, size),
                    table, size);
        }
    }
}
