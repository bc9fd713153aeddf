package uk.sexualsafety.cop.moderation.anonymisation;

import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * A large set of words (the quarter of a million in the word lists) kept as the lists' own text, where each word
 * starts and ends in it, its hash code, and an open-addressing table: no object per word. Reading the lists into a
 * {@code HashSet} made a string and a node for every word, which took most of the anonymiser's start-up time and most
 * of its heap; here a list is read with one look at each character, and a look-up costs what a {@code HashSet}'s does
 * (the word's cached hash code, then one comparison of characters). Immutable and thread-safe once built.
 */
final class WordSet extends AbstractSet<String> {

    /** The lists as read, then the words that folding changed. */
    private final String text;
    /** Word {@code i} is {@code text[starts[i], ends[i])}. */
    private final int[] starts;
    private final int[] ends;
    /** {@link String#hashCode()} of each word. */
    private final int[] hashes;
    /** Index + 1 of the word in each slot, 0 where empty; a power of two long, at most half full. */
    private final int[] table;
    private final int size;

    private WordSet(String text, int[] starts, int[] ends, int[] hashes, int[] table, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
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
            if (hashes[index] == hash && ends[index] - starts[index] == length
                    && text.regionMatches(starts[index], word, 0, length)) {
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
                return text.substring(starts[next - 1], ends[next - 1]);
            }
        };
    }

    /** Mixes the bits of a hash code: words that differ in their last letters otherwise crowd together. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects words as a list's lines give them: lower case, accents folded, each once. */
    static final class Builder {

        /** The lists' bytes, their ASCII lines in lower case; words of other lines are kept in {@link #folded}. */
        private byte[] lists = new byte[1 << 16];
        private int listsLength;
        /** Words that folding changed, kept after the lists. */
        private final StringBuilder folded = new StringBuilder();
        /** The folded word being read. */
        private char[] buffer = new char[64];
        private int[] starts = new int[1 << 12];
        private int[] ends = new int[1 << 12];
        /** Whether each word is in {@link #folded} rather than the lists. */
        private boolean[] inFolded = new boolean[1 << 12];
        private int[] hashes = new int[1 << 12];
        private int[] table = new int[1 << 13];
        private int size;

        private Builder() {
        }

        /**
         * Adds the lines of a list in UTF-8, skipping blank lines and lines starting with #, each folded as
         * {@link Lexicon#fold} folds a lower-case word. The bytes are read directly, not as a string: the lists are
         * read while the JVM starts, before the compiler has made string handling fast.
         */
        Builder addLines(byte[] utf8) {
            int offset = listsLength;
            if (offset + utf8.length > lists.length) {
                lists = Arrays.copyOf(lists, Math.max(lists.length * 2, offset + utf8.length));
            }
            System.arraycopy(utf8, 0, lists, offset, utf8.length);
            listsLength += utf8.length;
            int end = listsLength;
            int lineStart = offset;
            while (lineStart < end) {
                int lineEnd = lineStart;
                boolean ascii = true;
                while (lineEnd < end && lists[lineEnd] != '\n') {
                    ascii &= lists[lineEnd] >= 0;
                    lineEnd++;
                }
                int start = lineStart;
                int wordEnd = lineEnd;
                while (start < wordEnd && isAsciiWhitespace(lists[start])) {
                    start++;
                }
                while (wordEnd > start && isAsciiWhitespace(lists[wordEnd - 1])) {
                    wordEnd--;
                }
                if (start < wordEnd && lists[start] != '#') {
                    if (ascii) {
                        addAsciiWord(start, wordEnd);
                    } else if (!addAccentedWord(start, wordEnd)) {
                        addLine(new String(lists, start, wordEnd - start, StandardCharsets.UTF_8));
                    }
                }
                lineStart = lineEnd + 1;
            }
            return this;
        }

        /** Adds the word {@code lists[start, end)} of ASCII, in lower case. */
        private void addAsciiWord(int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                byte b = lists[i];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                    lists[i] = b;
                }
                hash = 31 * hash + b;
            }
            if (indexOf(lists, start, end, hash) < 0) {
                add(start, end, false, hash);
            }
        }

        /** What {@link Character#isWhitespace} says of an ASCII character. */
        private static boolean isAsciiWhitespace(byte b) {
            return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
        }

        /**
         * Adds a word of ASCII and lower-case letters of two bytes in UTF-8 (siobhán, łukasz), folded a character at a
         * time as {@link Lexicon#fold} folds it: a twentieth of the lines, too many to make a string of each.
         *
         * @return false if the word has anything else (a capital beyond ASCII, a character of three bytes or more),
         * which the caller reads as a string
         */
        private boolean addAccentedWord(int start, int end) {
            int length = 0;
            int i = start;
            while (i < end) {
                int b = lists[i];
                if (b >= 0) {
                    length = append(length, (char) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
                    i++;
                } else if ((b & 0xE0) == 0xC0 && i + 1 < end && (lists[i + 1] & 0xC0) == 0x80
                        && (b & 0x1F) >= 2) {
                    char c = (char) (((b & 0x1F) << 6) | (lists[i + 1] & 0x3F));
                    if (Character.toLowerCase(c) != c) {
                        return false;
                    }
                    String piece = Lexicon.foldedCharacter(c);
                    for (int j = 0; j < piece.length(); j++) {
                        length = append(length, piece.charAt(j));
                    }
                    i += 2;
                } else {
                    return false;
                }
            }
            int hash = 0;
            for (int j = 0; j < length; j++) {
                hash = 31 * hash + buffer[j];
            }
            if (indexOf(buffer, length, hash) < 0) {
                int at = folded.length();
                folded.append(buffer, 0, length);
                add(at, folded.length(), true, hash);
            }
            return true;
        }

        private int append(int length, char c) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, length * 2);
            }
            buffer[length] = c;
            return length + 1;
        }

        /** The index of the word {@code chars[0, length)} among the words so far; or -1. */
        private int indexOf(char[] chars, int length, int hash) {
            int mask = table.length - 1;
            for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
                int word = table[slot] - 1;
                if (hashes[word] == hash && ends[word] - starts[word] == length && equal(word, chars, length)) {
                    return word;
                }
            }
            return -1;
        }

        private boolean equal(int word, char[] chars, int length) {
            for (int i = 0, at = starts[word]; i < length; i++, at++) {
                char c = inFolded[word] ? folded.charAt(at) : (char) lists[at];
                if (c != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        /** A line with characters {@link #addAccentedWord} leaves: rare, and read as before. */
        private void addLine(String line) {
            String word = line.strip();
            if (word.isEmpty() || word.startsWith("#")) {
                return;
            }
            word = Lexicon.fold(word.toLowerCase(Locale.ROOT));
            int hash = word.hashCode();
            if (indexOf(word, hash) < 0) {
                int start = folded.length();
                folded.append(word);
                add(start, folded.length(), true, hash);
            }
        }

        /** The index of the word {@code bytes[start, end)} of the lists among the words so far; or -1. */
        private int indexOf(byte[] bytes, int start, int end, int hash) {
            int mask = table.length - 1;
            for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
                int word = table[slot] - 1;
                if (hashes[word] == hash && ends[word] - starts[word] == end - start
                        && equal(word, bytes, start, end)) {
                    return word;
                }
            }
            return -1;
        }

        private boolean equal(int word, byte[] bytes, int start, int end) {
            for (int i = start, at = starts[word]; i < end; i++, at++) {
                char c = inFolded[word] ? folded.charAt(at) : (char) lists[at];
                if (c != (char) bytes[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The index of {@code key}, whose hash code is {@code hash}, among the words so far; or -1. */
        private int indexOf(String key, int hash) {
            int mask = table.length - 1;
            for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
                int word = table[slot] - 1;
                if (hashes[word] == hash && ends[word] - starts[word] == key.length() && equal(word, key)) {
                    return word;
                }
            }
            return -1;
        }

        private boolean equal(int word, String key) {
            for (int i = 0, at = starts[word]; i < key.length(); i++, at++) {
                char c = inFolded[word] ? folded.charAt(at) : (char) lists[at];
                if (c != key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private void add(int start, int end, boolean isFolded, int hash) {
            if (size == starts.length) {
                int capacity = size * 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                inFolded = Arrays.copyOf(inFolded, capacity);
                hashes = Arrays.copyOf(hashes, capacity);
            }
            starts[size] = start;
            ends[size] = end;
            inFolded[size] = isFolded;
            hashes[size] = hash;
            size++;
            if (size * 2 > table.length) {
                table = new int[table.length * 2];
                for (int word = 0; word < size; word++) {
                    insert(table, hashes[word], word + 1);
                }
            } else {
                insert(table, hash, size);
            }
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
            // The lists' ASCII lines as they are; other lines' bytes are never referred to.
            int foldedAt = listsLength;
            int[] wordStarts = Arrays.copyOf(starts, size);
            int[] wordEnds = Arrays.copyOf(ends, size);
            for (int word = 0; word < size; word++) {
                if (inFolded[word]) {
                    wordStarts[word] += foldedAt;
                    wordEnds[word] += foldedAt;
                }
            }
            String text = new String(lists, 0, listsLength, StandardCharsets.ISO_8859_1) + folded;
            return new WordSet(text, wordStarts, wordEnds, Arrays.copyOf(hashes, size), table, size);
        }
    }
}
