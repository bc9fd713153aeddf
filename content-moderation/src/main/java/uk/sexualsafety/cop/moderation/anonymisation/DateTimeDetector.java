package uk.sexualsafety.cop.moderation.anonymisation;

import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times that pin down when something happened: "12 March 2023", "12th of March", "March 12, 2023",
 * "12/03/2023", "2023-03-12", "March 2023", "Tuesday 14th", "3pm", "3.30pm", "at 03:15", "0315hrs". Each is reported as
 * a date; a time's proposed replacement is "[time]".
 *
 * <p>A day with a time ("last Tuesday at 3am", "yesterday at 15:30") and "last Tuesday" are proposed as "recently",
 * which keeps the story readable; so is a bare year after "in" or "during", less surely. Dates that do not exist
 * (31/02/2023) are not dates, and neither are numbers inside other numbers, versions (1.2.3) or sums of money
 * (£12.03). Month and weekday names count only capitalised.
 */
final class DateTimeDetector implements Detector {

    private static final double FULL_DATE_CONFIDENCE = 0.9;
    private static final double NUMERIC_DATE_CONFIDENCE = 0.85;
    /** Read as month/day/year: valid only the American way round. */
    private static final double AMERICAN_DATE_CONFIDENCE = 0.6;
    private static final double DAY_AND_MONTH_CONFIDENCE = 0.8;
    private static final double MONTH_AND_YEAR_CONFIDENCE = 0.7;
    private static final double TIME_CONFIDENCE = 0.8;
    private static final double DAY_AND_TIME_CONFIDENCE = 0.75;
    private static final double LAST_WEEKDAY_CONFIDENCE = 0.6;
    private static final double YEAR_CONFIDENCE = 0.4;

    static final String TIME_REPLACEMENT = "[time]";
    static final String RELATIVE_REPLACEMENT = "recently";

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    /** Not inside a word or number, a sum of money, or a longer dotted or coloned number. */
    private static final String NUMBER_START = "(?<![\\p{Alnum}£$€])(?<!\\d[.:/])";
    private static final String NUMBER_END = "(?![\\p{Alnum}]|[.:/-]\\d)";
    /** A date may start a range: 12/03/2023-14/03/2023, but not be part of a reference: 2023-03-12-77. */
    private static final String DATE_END = "(?![\\p{Alnum}]|[.:/]\\d|-\\d(?!\\d?[/.-]\\d))";
    /** A time may start a range: 10:30-11:00. */
    private static final String TIME_END = "(?![\\p{Alnum}]|[.:/]\\d)";

    /** "12 March 2023", "12th of March", "14th" (with a weekday before it, checked in code). */
    private static final DigitAnchoredPattern DAY_FIRST = new DigitAnchoredPattern(Pattern.compile(
            NUMBER_START + "(?<day>[0-3]?\\d)(?<ordinal>st|nd|rd|th)?"
                    + "(?:(?:\\s+of)?\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?)?" + NUMBER_END), 0, 0);

    /**
     * "March 12, 2023", "March 12th", "March 2023"; not the month and year of "29 February 2023", which is no date.
     */
    private static final DigitAnchoredPattern MONTH_FIRST = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?<!\\d(?:st|nd|rd|th)?(?:\\s{1,3}of)?\\s{1,3})" + MONTH + "\\s+(?:" + YEAR
                    + "|(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<dayyear>(?:19|20)\\d{2}))?)" + NUMBER_END),
            4, 11);

    /** 12/03/2023, 12-03-2023, 12.03.2023, 12/03/23, 2023-03-12. */
    private static final DigitAnchoredPattern NUMERIC = new DigitAnchoredPattern(Pattern.compile(
            NUMBER_START + "(?:(?<first>\\d{1,2})(?<sep>[/.-])(?<second>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})"
                    + "|(?<isoyear>\\d{4})(?<isosep>[/-])(?<isomonth>\\d{1,2})\\k<isosep>(?<isoday>\\d{1,2}))"
                    + DATE_END), 0, 0);

    /** 3pm, 3.30pm, 3:30 p.m., 03:15, 15:30:05, 1530hrs, 0315 hours. */
    private static final DigitAnchoredPattern TIME = new DigitAnchoredPattern(Pattern.compile(
            NUMBER_START + "(?:"
                    + "(?<hour12>\\d{1,2})(?:[:.](?<minute12>[0-5]\\d))?\\s?(?i:[ap]m|[ap]\\.m\\.?)(?![\\p{Alnum}])"
                    + "|(?<hour24>[01]?\\d|2[0-3]):(?<minute24>[0-5]\\d)(?::[0-5]\\d)?(?:\\s?(?:hrs|hours|h)\\b)?"
                    + "|(?<hourhrs>[01]\\d|2[0-3])\\.?(?<minutehrs>[0-5]\\d)\\s?(?:hrs|hours)\\b"
                    + ")" + TIME_END), 0, 0);

    /** "in 2023", "during 2019". */
    private static final DigitAnchoredPattern YEAR_ALONE = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?:[Ii]n|[Dd]uring)\\s+" + YEAR + NUMBER_END), 3, 8);

    /** What, before a time, makes it a day and a time: "last Tuesday at ", "yesterday evening around ". */
    private static final Pattern DAY_BEFORE_TIME = Pattern.compile("(?i:(?<![\\p{Alnum}])(?:"
            + "(?:(?:last|this past|this|on)\\s+)?(?-i:" + WEEKDAY + ")"
            + "|yesterday|last night|tonight|this morning|this afternoon|this evening|earlier today)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:at|around|about|from|just after|just before)"
            + "\\s+)$");
    private static final int DAY_BEFORE_TIME_WINDOW = 40;

    /** A weekday before a day of the month: "Tuesday 14th", "on Tuesday, 14 March". */
    private static final Pattern WEEKDAY_BEFORE_DAY =
            Pattern.compile("(?<![\\p{Alnum}])" + WEEKDAY + ",?\\s+(?:the\\s+)?$");
    private static final int WEEKDAY_BEFORE_DAY_WINDOW = 20;

    private static final Pattern LAST_WEEKDAY = Pattern.compile(
            "(?:[Ll]ast|[Tt]his past)\\s+" + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?(?![\\p{Alnum}])");

    @Override
    public List<Finding> detect(String text) {
        var findings = new ArrayList<Finding>();
        addDaysFirst(text, findings);
        addMonthsFirst(text, findings);
        addNumericDates(text, findings);
        addTimes(text, findings);
        addLastWeekdays(text, findings);
        for (MatchResult year : YEAR_ALONE.findAll(text)) {
            findings.add(relative(text, year.start(), year.end(), YEAR_CONFIDENCE));
        }
        return findings.size() < 2 ? findings : Overlaps.withoutContained(findings);
    }

    private static void addDaysFirst(String text, List<Finding> findings) {
        Matcher weekdayBefore = WEEKDAY_BEFORE_DAY.matcher(text);
        for (MatchResult date : DAY_FIRST.findAll(text)) {
            String month = date.group("month");
            if (month == null && date.group("ordinal") == null) {
                continue;
            }
            int day = Integer.parseInt(date.group("day"));
            int weekday = PrecedingText.matchStart(weekdayBefore, date.start(), WEEKDAY_BEFORE_DAY_WINDOW);
            if (month == null) {
                // A number alone is a date only as "Tuesday 14th".
                if (weekday >= 0 && day >= 1 && day <= 31) {
                    findings.add(Finding.of(FindingType.DATE, text, weekday, date.end(), DAY_AND_MONTH_CONFIDENCE));
                }
                continue;
            }
            String year = date.group("year");
            if (isValid(day, month(month), year == null ? 0 : Integer.parseInt(year))) {
                findings.add(Finding.of(FindingType.DATE, text, weekday >= 0 ? weekday : date.start(), date.end(),
                        year == null ? DAY_AND_MONTH_CONFIDENCE : FULL_DATE_CONFIDENCE));
            }
        }
    }

    private static void addMonthsFirst(String text, List<Finding> findings) {
        for (MatchResult date : MONTH_FIRST.findAll(text)) {
            if (date.group("year") != null) {
                findings.add(Finding.of(FindingType.DATE, text, date.start(), date.end(), MONTH_AND_YEAR_CONFIDENCE));
                continue;
            }
            String year = date.group("dayyear");
            if (isValid(Integer.parseInt(date.group("day")), month(date.group("month")),
                    year == null ? 0 : Integer.parseInt(year))) {
                findings.add(Finding.of(FindingType.DATE, text, date.start(), date.end(),
                        year == null ? DAY_AND_MONTH_CONFIDENCE : FULL_DATE_CONFIDENCE));
            }
        }
    }

    private static void addNumericDates(String text, List<Finding> findings) {
        for (MatchResult date : NUMERIC.findAll(text)) {
            double confidence;
            if (date.group("isoyear") != null) {
                confidence = isValid(Integer.parseInt(date.group("isoday")), Integer.parseInt(date.group("isomonth")),
                        Integer.parseInt(date.group("isoyear"))) ? NUMERIC_DATE_CONFIDENCE : 0;
            } else {
                String separator = date.group("sep");
                String yearDigits = date.group("year");
                // 1.2.23 is a version; 1-2-23 a reference as often as a date.
                if (yearDigits.length() == 2 && !separator.equals("/")) {
                    continue;
                }
                int year = Integer.parseInt(yearDigits) + (yearDigits.length() == 2 ? 2000 : 0);
                int first = Integer.parseInt(date.group("first"));
                int second = Integer.parseInt(date.group("second"));
                confidence = isValid(first, second, year) ? NUMERIC_DATE_CONFIDENCE
                        : isValid(second, first, year) ? AMERICAN_DATE_CONFIDENCE : 0;
            }
            if (confidence > 0) {
                findings.add(Finding.of(FindingType.DATE, text, date.start(), date.end(), confidence));
            }
        }
    }

    private static void addTimes(String text, List<Finding> findings) {
        Matcher dayBefore = DAY_BEFORE_TIME.matcher(text);
        for (MatchResult time : TIME.findAll(text)) {
            if (time.group("hour12") != null) {
                int hour = Integer.parseInt(time.group("hour12"));
                if (hour < 1 || hour > 12) {
                    continue;
                }
            }
            int day = PrecedingText.matchStart(dayBefore, time.start(), DAY_BEFORE_TIME_WINDOW);
            if (day >= 0) {
                findings.add(relative(text, day, time.end(), DAY_AND_TIME_CONFIDENCE));
            } else {
                findings.add(Finding.of(FindingType.DATE, text, time.start(), time.end(), TIME_CONFIDENCE)
                        .withReplacement(TIME_REPLACEMENT));
            }
        }
    }

    /** "last Tuesday" without a time, looked for only where "ast" appears rather than at every character. */
    private static void addLastWeekdays(String text, List<Finding> findings) {
        Matcher matcher = LAST_WEEKDAY.matcher(text);
        int from = text.indexOf("ast");
        while (from >= 0) {
            int start = from - 1;
            if (start >= 0 && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                    && matcher.region(start, text.length()).lookingAt()) {
                findings.add(relative(text, start, matcher.end(), LAST_WEEKDAY_CONFIDENCE));
                from = text.indexOf("ast", matcher.end());
            } else {
                from = text.indexOf("ast", from + 3);
            }
        }
        // "this past Tuesday": the same words after "this p".
        for (int index = text.indexOf("his past"); index >= 0; index = text.indexOf("his past", index + 1)) {
            int start = index - 1;
            if (start >= 0 && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                    && matcher.region(start, text.length()).lookingAt()) {
                findings.add(relative(text, start, matcher.end(), LAST_WEEKDAY_CONFIDENCE));
            }
        }
    }

    /** A finding proposed as "recently", capitalised where it starts a sentence. */
    private static Finding relative(String text, int start, int end, double confidence) {
        String replacement = Character.isUpperCase(text.charAt(start))
                ? "R" + RELATIVE_REPLACEMENT.substring(1) : RELATIVE_REPLACEMENT;
        return Finding.of(FindingType.DATE, text, start, end, confidence).withReplacement(replacement);
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("not a month");
    }

    /** Whether the day exists; a year of 0 stands for any year, so 29 February is valid. */
    private static boolean isValid(int day, int month, int year) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int length = year == 0 ? Month.of(month).maxLength() : Month.of(month).length(Year.isLeap(year));
        return day <= length;
    }
}
