package uk.sexualsafety.cop.portal.policy.extraction;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Locale;
import java.util.Set;

/**
 * Turns the XHTML events a Tika parser sends into plain paragraphs: one paragraph per block (paragraph, heading,
 * list item, table row), its white space collapsed, paragraphs separated by a blank line. Markup never survives;
 * characters that cannot be stored or shown (controls, lone surrogates) are dropped. It stops the parser once it
 * holds the character limit, and when its thread is interrupted (the time limit passed).
 */
final class ParagraphText extends DefaultHandler {

    /** Thrown to stop the parser; recognised afterwards by {@link #limitReached()}. */
    static final class Stop extends SAXException {
        Stop(String why) {
            super(why);
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "blockquote", "pre", "dt", "dd", "caption", "table", "ul", "ol", "body");
    private static final Set<String> SEPARATORS = Set.of("td", "th", "br");

    private final int maxCharacters;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private int headDepth;
    private boolean limitReached;

    ParagraphText(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth++;
        } else if (BLOCKS.contains(name)) {
            endParagraph();
        } else if (SEPARATORS.contains(name)) {
            paragraph.append(' ');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth = Math.max(0, headDepth - 1);
        } else if (BLOCKS.contains(name)) {
            endParagraph();
        } else if (SEPARATORS.contains(name)) {
            paragraph.append(' ');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stop("interrupted");
        }
        if (headDepth > 0) {
            return; // the document's title and metadata, not its text
        }
        for (int i = start; i < start + length; i++) {
            append(ch, i);
        }
        if (text.length() + paragraph.length() > maxCharacters * 2L) {
            // A paragraph without end: check the limit before it grows further.
            endParagraph();
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        paragraph.append(' ');
    }

    @Override
    public void endDocument() throws SAXException {
        endParagraph();
    }

    private void append(char[] ch, int i) {
        char c = ch[i];
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < ch.length && Character.isLowSurrogate(ch[i + 1])) {
                paragraph.append(c);
            }
        } else if (Character.isLowSurrogate(c)) {
            if (i > 0 && Character.isHighSurrogate(ch[i - 1])) {
                paragraph.append(c);
            }
        } else if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0') {
            paragraph.append(' ');
        } else if (c != '\uFFFE' && c != '\uFFFF') {
            paragraph.append(c);
        }
    }

    private void endParagraph() throws SAXException {
        String line = paragraph.toString().replaceAll(" {2,}", " ").strip();
        paragraph.setLength(0);
        if (line.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(line);
        if (text.length() >= maxCharacters) {
            text.setLength(cutPoint());
            limitReached = true;
            throw new Stop("character limit reached");
        }
    }

    /** Cuts at the limit without splitting a surrogate pair. */
    private int cutPoint() {
        int cut = maxCharacters;
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    boolean limitReached() {
        return limitReached;
    }

    String text() {
        return text.toString().strip();
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
