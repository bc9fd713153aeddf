package uk.sexualsafety.cop.portal.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as people in the UK count them, whatever the server's time zone: reviews fall due on UK dates. */
public final class PolicyDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PolicyDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(UK));
    }

    /** "3 March 2026". */
    public static String format(LocalDate day) {
        return DAY.format(day);
    }
}
