package uk.sexualsafety.cop.portal.investigator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as people in the UK count them, whatever the server's time zone. */
final class PoolDates {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PoolDates() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(UK));
    }

    static String format(LocalDate day) {
        return DAY.format(day);
    }
}
