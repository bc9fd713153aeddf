package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text, read once, for the detectors that work on words (names, organisations, places).
 *
 * <p>A word is a run of letters that may hold an apostrophe or hyphen between letters (O'Neill, Smith-Jones,
 * Stoke-on-Trent); a possessive 's stays outside it, so "Sarah's" is the word "Sarah". An ampersand is a word of its
 * own that reads as "and". Digits and other characters separate words, and letters glued to digits (a code) make no
 * word. Each word knows what lies between it and the word before: {@link #joinsPrevious} says whether the two can be
 * read as one phrase ("St Thomas'", "St. Helens"), {@link #startsSentence} whether it begins a sentence, where a
 * capital letter says nothing.
 */
final class Tokens {

    /** More characters than this between two words and they belong to different phrases. */
    private static final int MAX_JOINING_GAP = 4;
    /** Words a full stop follows without ending the sentence: "Dr. Smith", "St. Helens". */
    private static final Set<String> ABBREVIATIONS = Set.of("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "Sgt",
            "Rd", "No", "Co", "Ave", "Jr", "Snr", "Jnr");
    private static final int MAX_ABBREVIATION_LENGTH = 4;

    private static final byte JOINS = 1;
    private static final byte STARTS_SENTENCE = 2;
    private static final byte AFTER_COMMA = 4;

    private final String text;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final String[] lowerCase;
    private final byte[] gaps;
    /** Where each run of ASCII digits starts, for the patterns anchored on digits. */
    private final int[] digitRunStarts;
    private final int digitRuns;

    private Tokens(String text, int size, int[] starts, int[] ends, String[] lowerCase, byte[] gaps,
                   int[] digitRunStarts, int digitRuns) {
        this.text = text;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.lowerCase = lowerCase;
        this.gaps = gaps;
        this.digitRunStarts = digitRunStarts;
        this.digitRuns = digitRuns;
    }

    static Tokens of(String text) {
        int capacity = Math.max(16, text.length() / 5);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        int[] digitRunStarts = new int[16];
        int digitRuns = 0;
        int index = 0;
        int length = text.length();
        while (index < length) {
            char c = text.charAt(index);
            if (c >= '0' && c <= '9') {
                if (index == 0 || !isAsciiDigit(text.charAt(index - 1))) {
                    if (digitRuns == digitRunStarts.length) {
                        digitRunStarts = Arrays.copyOf(digitRunStarts, digitRuns * 2);
                    }
                    digitRunStarts[digitRuns++] = index;
                }
                index++;
                continue;
            }
            if (c == '&') {
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                }
                starts[size] = index;
                ends[size] = index + 1;
                size++;
                index++;
                continue;
            }
            if (!Character.isLetter(c)) {
                index++;
                continue;
            }
            int start = index;
            index = wordEnd(text, index);
            if (touchesDigit(text, start, index)) {
                // Letters glued to digits are part of a code (zx21ad7c, 2nd, 7b): no piece of one is a name or a
                // place, and the digit-anchored patterns read the code whole.
                continue;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = index;
            size++;
            if (index + 1 < length && isPossessive(text, index)) {
                // The 's is no word of its own; the gap after the word covers it.
                index += 2;
            }
        }
        var lowerCase = new String[size];
        var gaps = new byte[size];
        var distinct = new DistinctWords(size);
        for (int i = 0; i < size; i++) {
            // One apostrophe for look-ups: O’Neill is O'Neill.
            lowerCase[i] = text.charAt(starts[i]) == '&' ? "and" : distinct.lowerCase(text, starts[i], ends[i]);
            gaps[i] = i == 0 ? STARTS_SENTENCE : gap(text, starts[i - 1], ends[i - 1], starts[i]);
        }
        return new Tokens(text, size, starts, ends, lowerCase, gaps, digitRunStarts, digitRuns);
    }

    private static boolean touchesDigit(String text, int start, int end) {
        return (start > 0 && isAsciiDigit(text.charAt(start - 1)))
                || (end < text.length() && isAsciiDigit(text.charAt(end)));
    }

    /**
     * The words of one text in lower case, one string for each distinct word: a text repeats its words, so most are
     * found here without a copy, and the detectors' look-ups of a repeated word reuse its hash code.
     */
    private static final class DistinctWords {

        /** Open addressing, at most half full. */
        private String[] table;
        private int count;

        /** @param words how many words the text has: a phrase of a gazetteer needs a small table, a story more. */
        DistinctWords(int words) {
            table = new String[Integer.highestOneBit(Math.min(Math.max(words, 4), 1 << 10)) * 4];
        }

        /** {@code text[start, end)} in lower case with accents folded. */
        String lowerCase(String text, int start, int end) {
            int hash = 0;
            boolean capitals = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 128) {
                    // Rare: folding decides what the word becomes.
                    return intern(Lexicon.fold(text.substring(start, end).toLowerCase(Locale.ROOT)));
                }
                if (c >= 'A' && c <= 'Z') {
                    capitals = true;
                    c += 'a' - 'A';
                }
                hash = 31 * hash + c;
            }
            int mask = table.length - 1;
            int slot = spread(hash) & mask;
            for (String word = table[slot]; word != null; word = table[slot]) {
                if (word.hashCode() == hash && word.length() == end - start
                        && word.regionMatches(true, 0, text, start, end - start)) {
                    return word;
                }
                slot = (slot + 1) & mask;
            }
            String word = capitals ? text.substring(start, end).toLowerCase(Locale.ROOT) : text.substring(start, end);
            put(slot, word);
            return word;
        }

        private String intern(String word) {
            int mask = table.length - 1;
            int slot = spread(word.hashCode()) & mask;
            for (String known = table[slot]; known != null; known = table[slot]) {
                if (known.equals(word)) {
                    return known;
                }
                slot = (slot + 1) & mask;
            }
            put(slot, word);
            return word;
        }

        private void put(int slot, String word) {
            table[slot] = word;
            if (++count * 2 > table.length) {
                String[] old = table;
                table = new String[old.length * 2];
                int mask = table.length - 1;
                for (String known : old) {
                    if (known != null) {
                        int at = spread(known.hashCode()) & mask;
                        while (table[at] != null) {
                            at = (at + 1) & mask;
                        }
                        table[at] = known;
                    }
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }

    /**
     * The end of the word that starts at {@code index}: letters, with apostrophes and hyphens between letters. A
     * hyphen next to an acronym separates words: "ex-WMAS", "NEAS-wide".
     */
    private static int wordEnd(String text, int index) {
        int length = text.length();
        int partStart = index;
        int end = index + 1;
        while (end < length) {
            char c = text.charAt(end);
            if (Character.isLetter(c)) {
                end++;
            } else if (isJoiner(c) && end + 1 < length && Character.isLetter(text.charAt(end + 1))
                    && !isPossessive(text, end) && !(c == '-' && besideAcronym(text, partStart, end))) {
                partStart = end + 1;
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** Whether the letters before the hyphen (from {@code partStart}) or after it are an acronym. */
    private static boolean besideAcronym(String text, int partStart, int hyphen) {
        int partEnd = hyphen + 1;
        while (partEnd < text.length() && Character.isLetter(text.charAt(partEnd))) {
            partEnd++;
        }
        return isAcronym(text, partStart, hyphen) || isAcronym(text, hyphen + 1, partEnd);
    }

    /** Two or more letters, all capitals. */
    private static boolean isAcronym(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An apostrophe followed by an s that ends the word: "Sarah's". */
    private static boolean isPossessive(String text, int apostrophe) {
        char c = text.charAt(apostrophe);
        if (c != '\'' && c != '\u2019') {
            return false;
        }
        char s = text.charAt(apostrophe + 1);
        int after = apostrophe + 2;
        return (s == 's' || s == 'S') && (after == text.length() || !Character.isLetter(text.charAt(after)));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    /** A single capital (an initial) or a title or word that a full stop after does not end a sentence. */
    private static boolean isAbbreviation(String text, int start, int end) {
        if (end - start == 1) {
            // "J. Smith", and "j. smith" as informal writing has it.
            return Character.isLetter(text.charAt(start));
        }
        return end - start <= MAX_ABBREVIATION_LENGTH && ABBREVIATIONS.contains(text.substring(start, end));
    }

    /** What lies between the word before ({@code text[previousStart, from)}) and the word at {@code to}. */
    private static byte gap(String text, int previousStart, int from, int to) {
        byte flags = 0;
        boolean joins = to - from <= MAX_JOINING_GAP;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\u00A0', '\t', '-', '\'', '\u2019' -> {
                    // spaces and the punctuation inside names
                }
                case 's', 'S' -> joins &= i > from && isApostrophe(text.charAt(i - 1));
                case '.' -> {
                    // Asked only here: most gaps hold no full stop.
                    if (!isAbbreviation(text, previousStart, from)) {
                        flags |= STARTS_SENTENCE;
                        joins = false;
                    }
                }
                case ',' -> {
                    flags |= AFTER_COMMA;
                    joins = false;
                }
                case '!', '?', ':', ';', '\n', '\r', '\u2022' -> {
                    flags |= STARTS_SENTENCE;
                    joins = false;
                }
                default -> joins = false;
            }
        }
        return joins ? (byte) (flags | JOINS) : flags;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    /** How many runs of ASCII digits the text has. */
    int digitRuns() {
        return digitRuns;
    }

    /** Where the run of ASCII digits {@code run} starts, in the order of the text. */
    int digitRunStart(int run) {
        return digitRunStarts[run];
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** The word in lower case with accents folded (Siobhán is siobhan, Łukasz is lukasz) and one apostrophe. */
    String lowerCase(int token) {
        return lowerCase[token];
    }

    int length(int token) {
        return ends[token] - starts[token];
    }

    /** Whether the word and the one before can be read as one phrase: only spaces or a name's punctuation between. */
    boolean joinsPrevious(int token) {
        return (gaps[token] & JOINS) != 0;
    }

    /** Whether the word is the first of the text or follows a sentence's end, a colon, a line break or a bullet. */
    boolean startsSentence(int token) {
        return (gaps[token] & STARTS_SENTENCE) != 0;
    }

    /** Whether only a comma (and spaces) stands between the word and the one before. */
    boolean followsComma(int token) {
        return (gaps[token] & (AFTER_COMMA | STARTS_SENTENCE)) == AFTER_COMMA
                && starts[token] - ends[token - 1] <= MAX_JOINING_GAP;
    }

    /** A capital then at least one lower-case letter (Sarah, McDonald, O'Neill), the shape of a name. */
    boolean isCapitalised(int token) {
        int start = starts[token];
        if (ends[token] - start < 2 || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < ends[token]; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is written in lower case only. */
    boolean isLowerCase(int token) {
        for (int i = starts[token]; i < ends[token]; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether only spaces lie between the word and the one before (no comma, full stop or other mark). */
    boolean followsSpace(int token) {
        if (token == 0) {
            return false;
        }
        for (int i = ends[token - 1]; i < starts[token]; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\t') {
                return false;
            }
        }
        return starts[token] - ends[token - 1] <= MAX_JOINING_GAP;
    }

    /** Every letter a capital, as in an acronym (NEAS, ICB); a single letter counts. */
    boolean isUpperCase(int token) {
        for (int i = starts[token]; i < ends[token]; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return text.charAt(starts[token]) != '&';
    }

    /** Whether the word is exactly {@code written}, capitals and all. */
    boolean is(int token, String written) {
        return ends[token] - starts[token] == written.length()
                && text.regionMatches(starts[token], written, 0, written.length());
    }

    /** The word is a single capital letter, perhaps followed by a full stop: an initial. */
    boolean isInitial(int token) {
        return ends[token] - starts[token] == 1 && Character.isUpperCase(text.charAt(starts[token]));
    }
}
