package uk.sexualsafety.cop.search;

import org.apache.lucene.queryparser.simple.SimpleQueryParser;

/**
 * Makes what someone typed safe to hand to the query parser: no control or private-use characters (the latter are
 * the highlight markers), no lone surrogates, single spaces, at most {@value #MAX_LENGTH} characters and
 * {@value #MAX_WORDS} words. The parser itself accepts any syntax; these limits keep a pasted essay from becoming a
 * query with thousands of clauses.
 */
public final class QueryText {

    /**
     * The search syntax, in Lucene's {@code SimpleQueryParser} terms: the operators people know from web search
     * (quotes, minus, |, a trailing *, brackets); fuzzy and proximity are left out as costly and rarely meant.
     */
    public static final int SYNTAX = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;

    static final int MAX_LENGTH = 500;
    static final int MAX_WORDS = 32;

    private QueryText() {
    }

    public static String sanitise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(Math.min(raw.length(), MAX_LENGTH));
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < raw.length() && text.length() < MAX_LENGTH; ) {
            int codePoint = raw.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                    || Character.isSpaceChar(codePoint)) {
                inWord = false;
                continue;
            }
            int type = Character.getType(codePoint);
            if (type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.FORMAT) {
                continue;
            }
            if (!inWord) {
                if (words == MAX_WORDS || text.length() + 1 + Character.charCount(codePoint) > MAX_LENGTH) {
                    break;
                }
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                words++;
                inWord = true;
            }
            if (text.length() + Character.charCount(codePoint) > MAX_LENGTH) {
                break;
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    static int wordCount(String sanitised) {
        return sanitised.isEmpty() ? 0 : sanitised.split(" ").length;
    }

    /**
     * Whether the text uses the query syntax (phrases, groups, +, |, ~, escapes, a leading - or a trailing *), whose
     * meaning an any-word retry would change: "harassment -patients" must never find items about patients.
     */
    static boolean usesOperators(String sanitised) {
        for (String word : sanitised.split(" ")) {
            if (word.startsWith("-") || word.endsWith("*")) {
                return true;
            }
            for (char c : word.toCharArray()) {
                if ("+|\"()~\\".indexOf(c) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
