package uk.sexualsafety.cop.portal.assessment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A financial year an assessment covers, named as people write it: 2026–27 starts in April 2026. */
public record Period(int startYear) implements Comparable<Period> {

    public static final int FIRST = 2020;
    public static final int LAST = 2099;
    private static final Pattern ADDRESS = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("No assessment period starts in " + startYear);
        }
    }

    /** "2026–27", with an en dash. */
    public String label() {
        return startYear + "\u2013" + String.format("%02d", (startYear + 1) % 100);
    }

    /** "2026-27", for addresses. */
    public String address() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** The period an address names, or empty for anything else (a crafted address goes back to the choices). */
    public static Optional<Period> fromAddress(String text) {
        Matcher matcher = text == null ? null : ADDRESS.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        if (start < FIRST || start > LAST || Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
            return Optional.empty();
        }
        return Optional.of(new Period(start));
    }

    public Period next() {
        return new Period(startYear + 1);
    }

    @Override
    public int compareTo(Period other) {
        return Integer.compare(startYear, other.startYear);
    }
}
