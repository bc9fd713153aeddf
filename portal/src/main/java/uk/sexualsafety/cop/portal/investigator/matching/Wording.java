package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.DatePeriod;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How reasons put dates, months, counts and lists into words, the same way everywhere. */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Wording() {
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** "1 Mar 2027 – 14 Mar 2027". */
    static String period(DatePeriod period) {
        return date(period.fromDate()) + " – " + date(period.toDate());
    }

    static String month(LocalDate day) {
        return MONTH.format(day);
    }

    /** "1 assignment", "2 assignments". */
    static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        int last = items.size() - 1;
        return last <= 0 ? String.join("", items)
                : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }
}
