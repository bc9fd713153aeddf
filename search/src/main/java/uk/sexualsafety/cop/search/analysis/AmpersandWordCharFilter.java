package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Joins a single letter, an ampersand and a single letter into one word ("A&E" and "A & E" become "AE"), which the
 * standard tokenizer would otherwise split into two letters found in almost any text. A letter counts only on its
 * own: "AT&T" and "Smith & Jones" stay as they are. Offsets are corrected, so highlights cover the original text.
 * <p>
 * The text is read whole, like Lucene's pattern char filter, but searched for ampersands with {@code indexOf}
 * instead of a regular expression tried at every character, which halved the analysers' speed on long documents.
 */
final class AmpersandWordCharFilter extends BaseCharFilter {

    private String output;
    private int position;

    AmpersandWordCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (output == null) {
            output = joined(readAll());
        }
        if (position >= output.length()) {
            return -1;
        }
        int count = Math.min(length, output.length() - position);
        output.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int read = input.read(chunk); read >= 0; read = input.read(chunk)) {
            text.append(chunk, 0, read);
        }
        return text.toString();
    }

    private String joined(String text) {
        int ampersand = text.indexOf('&');
        if (ampersand < 0) {
            return text;
        }
        StringBuilder joined = new StringBuilder(text.length());
        int copied = 0;
        int removed = 0;
        for (; ampersand >= 0; ampersand = text.indexOf('&', ampersand + 1)) {
            int left = ampersand - 1;
            if (left >= 0 && text.charAt(left) == ' ') {
                left--;
            }
            int right = ampersand + 1;
            if (right < text.length() && text.charAt(right) == ' ') {
                right++;
            }
            if (left < copied || right >= text.length() || !Character.isLetter(text.charAt(left))
                    || !Character.isLetter(text.charAt(right)) || left > 0 && isWordChar(text.charAt(left - 1))
                    || right + 1 < text.length() && isWordChar(text.charAt(right + 1))) {
                continue;
            }
            joined.append(text, copied, left + 1).append(text.charAt(right));
            removed += right - left - 1;
            addOffCorrectMap(joined.length(), removed);
            copied = right + 1;
            ampersand = right;
        }
        return joined.append(text, copied, text.length()).toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
