package uk.sexualsafety.cop.portal.validation;

/** Cleaning of text people type into the portal's forms. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Removes control and invisible format characters other than line breaks and tabs: they cannot be seen, would
     * let a "blank" text through, and are never part of what someone meant to write. Null becomes empty.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        var cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean keep = c == '\n' || c == '\r' || c == '\t'
                    || !(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
            if (keep) {
                cleaned.appendCodePoint(c);
            }
        });
        return cleaned.toString();
    }
}
