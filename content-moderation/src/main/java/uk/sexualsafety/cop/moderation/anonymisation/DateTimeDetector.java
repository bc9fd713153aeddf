package uk.sexualsafety.cop.moderation.anonymisation;

import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
final class DateTimeDetector implements WordDetector {

    private static final double FULL_DATE_CONFIDENCE = 0.9;
    private static final double NUMERIC_DATE_CONFIDENCE = 0.85;
    /** Read as month/day/year: valid only the American way round. */
    private static final double AMERICAN_DATE_CONFIDENCE = 0.6;
    private static final double DAY_AND_MONTH_CONFIDENCE = 0.8;
    private static final double MONTH_AND_YEAR_CONFIDENCE = 0.7;
    private static final double TIME_CONFIDENCE = 0.8;
    private static final double DAY_AND_TIME_CONFIDENCE = 0.75;
    private static final double LAST_WEEKDAY_CONFIDENCE = 0.6;

    static final String TIME_REPLACEMENT = "[time]";
    static final String RELATIVE_REPLACEMENT = "recently";

    /** In the order the pattern tries them: "Sept" before "Sep". */
    private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");
    private static final String MONTH = "(?<month>(?i:" + String.join("|", MONTH_NAMES) + "))\\.?";
    private static final String WEEKDAY = "(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues"
            + "|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)";
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
            4, 11, DigitAnchoredPattern.Start.wordIn(MONTH_NAMES));

    /** 12/03/2023, 12-03-2023, 12.03.2023, 12/03/23, 2023-03-12. */
    private static final DigitAnchoredPattern NUMERIC = new DigitAnchoredPattern(Pattern.compile(
            NUMBER_START + "(?!(?<=\\d-)\\d{1,2}-)(?<!(?i:version|ver|v|release|build)\\s?)(?:(?<first>\\d{1,2})(?<sep>[/.-])(?<second>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})"
                    + "|(?<isoyear>\\d{4})(?<isosep>[/-])(?<isomonth>\\d{1,2})\\k<isosep>(?<isoday>\\d{1,2}))"
                    + DATE_END), 0, 0);

    /** 3pm, 3.30pm, 3:30 p.m., 03:15, 15:30:05, 1530hrs, 0315 hours. */
    private static final DigitAnchoredPattern TIME = new DigitAnchoredPattern(Pattern.compile(
            NUMBER_START + "(?:"
                    + "(?<hour12>\\d{1,2})(?:[:.](?<minute12>[0-5]\\d))?\\s?(?i:[ap]m|[ap]\\.m\\.?)(?![\\p{Alnum}])"
                    + "|(?<hour24>[01]?\\d|2[0-3]):(?<minute24>[0-5]\\d)(?::[0-5]\\d)?(?:\\s?(?:hrs|hours|h)\\b)?"
                    + "|(?<hourhrs>[01]\\d|2[0-3])\\.?(?<minutehrs>[0-5]\\d)\\s?(?:hrs|hours)\\b"
                    + ")" + TIME_END), 0, 0);

    /** "21/12", "3/4": a day and month without a year, checked against scores and clinical shorthand in code. */
    private static final DigitAnchoredPattern DAY_SLASH_MONTH = new DigitAnchoredPattern(Pattern.compile(
            NUMBER_START + "(?<day>[0-3]?\\d)/(?<month>[01]?\\d)" + "(?![\\p{Alnum}]|[./:-]\\d|/)"), 0, 0);
    /** What before "8/10" or "14/15" makes it a score or a reading, not a date. */
    private static final Pattern SCORE_BEFORE = Pattern.compile("(?i:pain|score|scored|gcs|bp|sats|obs|rr|hr|news"
            + "|out of|rated|rate|ratio|dose|x|times|mg|ml|mcg|level|grade|nrs|vas|room|flat|unit|ward|bed|bay|no"
            + "|number|ref|page|question|q|section|year|years)\\W{0,3}(?:score\\W{0,3})?"
            + "(?:of\\W{1,3}|was\\W{1,3}|is\\W{1,3}|at\\W{1,3})?$");
    /** What after "5/7" or "2/52" makes it clinical shorthand for days, weeks or months. */
    private static final Pattern SHORTHAND_AFTER = Pattern.compile(
            "^\\s*(?i:post|ago|days?|weeks?|months?|hx|history|of|hist|%|mg|ml|mmhg|bpm|pain|ths)\\b");
    private static final int SCORE_WINDOW = 16;

    /** "0330", "0700": a time of four digits after "at", "around", "from". */
    private static final DigitAnchoredPattern FOUR_DIGIT_TIME = new DigitAnchoredPattern(Pattern.compile(
            NUMBER_START + "(?:[01]\\d|2[0-3])[0-5]\\d" + TIME_END), 0, 0);
    private static final Pattern TIME_CUE_BEFORE = Pattern.compile(
            "(?<![\\p{Alnum}])(?i:at|around|about|from|till|until|by|approx|approximately|before|after|gone|"
                    + "started at|starting)\\W{1,3}(?:about\\W{1,3}|around\\W{1,3})?$");

    /** "half seven", "half past 3" after "at", "around", "about". */
    private static final Pattern HALF_PAST = Pattern.compile("(?i)(?<![\\p{Alnum}])half\\s+(?:past\\s+)?"
            + "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])(?![\\p{Alnum}])");
    private static final Pattern HALF_CUE_BEFORE = Pattern.compile("(?i:at|around|about|by|till|until|from|gone)\\s+$");

    private static final List<String> SEASONS =
            List.of("spring", "summer", "autumn", "winter", "christmas", "xmas", "easter");
    /** "summer 2021", "Christmas 2019": a season or festival with its year. */
    private static final DigitAnchoredPattern SEASON_AND_YEAR = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?i:" + String.join("|", SEASONS) + ")\\s+(?:of\\s+)?"
                    + YEAR + NUMBER_END), 5, 12, DigitAnchoredPattern.Start.wordIn(SEASONS));

    /** Words an ordinal day counts ("the 5th floor", "the 3rd time") that make it no date. */
    private static final Set<String> ORDINAL_NOUNS = Set.of("floor", "time", "times", "attempt", "attempts", "call",
            "calls", "job", "jobs", "patient", "patients", "person", "people", "century", "birthday", "anniversary",
            "place", "row", "minute", "minutes", "week", "weeks", "year", "years", "hour", "hours", "round", "go",
            "caller", "crew", "shout", "incident", "one", "child", "baby", "degree", "line", "stop", "door", "bay",
            "bed", "cycle", "dose", "shock", "month", "months", "day", "night", "grade", "level", "stage");

    /** Festivals and named days, in lower case as {@link Tokens} gives them; "'s" is left out as Tokens do. */
    private static final List<String> NAMED_DAYS = List.of("christmas day", "christmas eve", "xmas day", "xmas eve",
            "boxing day", "new year eve", "new years eve", "new year day", "new years day", "nye", "valentine day",
            "valentines day", "bonfire night", "guy fawkes night", "fireworks night", "halloween", "hallowe'en",
            "easter", "easter sunday", "easter monday", "easter weekend", "good friday", "eid", "eid al-fitr",
            "eid al-adha", "diwali", "hanukkah", "vaisakhi", "holi", "hogmanay", "burns night", "st patrick day",
            "st patricks day", "paddy day", "paddys day", "st david day", "st davids day", "st andrew day",
            "st andrews day", "st george day", "st georges day", "mother day", "mothers day", "mothering sunday",
            "father day", "fathers day", "pancake day", "shrove tuesday", "remembrance sunday", "remembrance day",
            "armistice day", "bank holiday", "bank holiday monday", "may day", "black friday", "notting hill carnival",
            "glastonbury");
    private static final Gazetteer<Boolean> NAMED_DAY_GAZETTEER = namedDays();
    /** Abbreviated weekdays, which need "on", "last", "this" or "next" before them, or a part of the day after. */
    private static final Set<String> SHORT_WEEKDAYS = Set.of("mon", "tues", "tue", "weds", "wed", "thurs", "thur",
            "thu", "fri", "sat", "sun");
    private static final Set<String> WEEKDAY_CUES = Set.of("on", "last", "this", "next", "since", "until", "till",
            "by", "from", "that", "a", "past");
    private static final Set<String> RELATIVE_CUES = Set.of("last", "this", "next", "past");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night", "nite",
            "lunchtime", "teatime");
    private static final double NAMED_DAY_CONFIDENCE = 0.6;
    private static final double WEEKDAY_CONFIDENCE = 0.55;
    private static final double ORDINAL_CONFIDENCE = 0.6;
    private static final double DAY_SLASH_MONTH_CONFIDENCE = 0.65;

    /** What, before a time, makes it a day and a time: "last Tuesday at ", "yesterday evening around ". */
    private static final Pattern DAY_BEFORE_TIME = Pattern.compile("(?<![\\p{Alnum}])(?i:(?:"
            + "(?:(?:last|this past|this|on)\\s+)?(?-i:" + WEEKDAY + ")"
            + "|yesterday|last night|tonight|this morning|this afternoon|this evening|earlier today)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:at|around|about|from|just after|just before)"
            + "\\s+)$");
    private static final int DAY_BEFORE_TIME_WINDOW = 40;

    /** A weekday before a day of the month: "Tuesday 14th", "on Tuesday, 14 March". */
    private static final Pattern WEEKDAY_BEFORE_DAY =
            Pattern.compile("(?<![\\p{Alnum}])" + WEEKDAY + "\\.?,?\\s+(?:the\\s+)?$");
    /** "the 5th", "on the 31st": an ordinal day alone after "the". */
    private static final Pattern THE_BEFORE_ORDINAL = Pattern.compile("(?<![\\p{Alnum}])(?i:the)\\s+$");
    private static final int WEEKDAY_BEFORE_DAY_WINDOW = 20;

    private static final Pattern LAST_WEEKDAY = Pattern.compile(
            "(?:[Ll]ast|[Tt]his past)\\s+" + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?(?![\\p{Alnum}])");

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        addDaysFirst(tokens, findings);
        addMonthsFirst(tokens, findings);
        addNumericDates(tokens, findings);
        addDaysAndMonths(tokens, findings);
        addTimes(tokens, findings);
        addLastWeekdays(text, findings);
        addFourDigitTimes(tokens, findings);
        addHalfPast(text, findings);
        for (MatchResult season : SEASON_AND_YEAR.findAll(tokens)) {
            findings.add(Finding.of(FindingType.DATE, text, season.start(), season.end(), MONTH_AND_YEAR_CONFIDENCE));
        }
        addNamedDaysAndWeekdays(tokens, findings);
        return findings.size() < 2 ? findings : Overlaps.withoutContained(findings);
    }

    private static Gazetteer<Boolean> namedDays() {
        Gazetteer.Builder<Boolean> builder = Gazetteer.builder();
        for (String day : NAMED_DAYS) {
            builder.addInAnyCase(day, Boolean.TRUE);
        }
        return builder.build();
    }

    /** Festivals and named days ("boxing day", "Eid", "christmas day 2022") and weekdays that pin an event down. */
    private static void addNamedDaysAndWeekdays(Tokens tokens, List<Finding> findings) {
        String text = tokens.text();
        for (int token = 0; token < tokens.size(); token++) {
            Gazetteer.Match<Boolean> day = NAMED_DAY_GAZETTEER.longestAt(tokens, token);
            if (day != null) {
                int end = tokens.end(day.endToken() - 1);
                end = withYearAfter(text, end);
                findings.add(Finding.of(FindingType.DATE, text, tokens.start(token), end, NAMED_DAY_CONFIDENCE));
                token = day.endToken() - 1;
                continue;
            }
            String word = tokens.lowerCase(token);
            boolean full = Lexicon.WEEKDAYS.contains(word);
            if (!full && !SHORT_WEEKDAYS.contains(word)) {
                continue;
            }
            String before = token > 0 && tokens.joinsPrevious(token) ? tokens.lowerCase(token - 1) : "";
            boolean partAfter = token + 1 < tokens.size() && tokens.joinsPrevious(token + 1)
                    && PARTS_OF_DAY.contains(tokens.lowerCase(token + 1));
            if (!full && !WEEKDAY_CUES.contains(before) && !partAfter) {
                continue;
            }
            if (!full && !tokens.isLowerCase(token) && !tokens.isCapitalised(token) || before.equals("every")) {
                // "every tuesday" is a routine, not a day something happened.
                continue;
            }
            int start = RELATIVE_CUES.contains(before) ? tokens.start(token - 1) : tokens.start(token);
            int end = partAfter ? tokens.end(token + 1) : tokens.end(token);
            Finding finding = Finding.of(FindingType.DATE, text, start, end, WEEKDAY_CONFIDENCE);
            findings.add(RELATIVE_CUES.contains(before) ? finding.withReplacement(RELATIVE_REPLACEMENT) : finding);
        }
    }

    /** The end of a year written after a named day ("christmas day 2022"), or the day's own end. */
    private static int withYearAfter(String text, int end) {
        int index = end;
        while (index < text.length() && text.charAt(index) == ' ') {
            index++;
        }
        if (index + 4 <= text.length() && index > end && (text.startsWith("19", index) || text.startsWith("20", index))
                && Character.isDigit(text.charAt(index + 2)) && Character.isDigit(text.charAt(index + 3))
                && (index + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(index + 4)))) {
            return index + 4;
        }
        return end;
    }

    /** "21/12", "3/4": a day and month, unless a score, a reading or clinical shorthand ("pain 8/10", "5/7 post op"). */
    private static void addDaysAndMonths(Tokens tokens, List<Finding> findings) {
        String text = tokens.text();
        Matcher score = SCORE_BEFORE.matcher(text);
        Matcher shorthand = SHORTHAND_AFTER.matcher(text);
        for (MatchResult date : DAY_SLASH_MONTH.findAll(tokens)) {
            int day = Integer.parseInt(date.group("day"));
            int month = Integer.parseInt(date.group("month"));
            if (!isValid(day, month, 0) || PrecedingText.matchStart(score, text, date.start(), SCORE_WINDOW) >= 0
                    || shorthand.region(date.end(), Math.min(text.length(), date.end() + 12)).lookingAt()) {
                continue;
            }
            findings.add(Finding.of(FindingType.DATE, text, date.start(), date.end(), DAY_SLASH_MONTH_CONFIDENCE));
        }
    }

    /** "at 0330", "started at 0700". */
    private static void addFourDigitTimes(Tokens tokens, List<Finding> findings) {
        String text = tokens.text();
        Matcher cue = TIME_CUE_BEFORE.matcher(text);
        for (MatchResult time : FOUR_DIGIT_TIME.findAll(tokens)) {
            if (PrecedingText.matchStart(cue, text, time.start(), 24) >= 0) {
                findings.add(Finding.of(FindingType.DATE, text, time.start(), time.end(), TIME_CONFIDENCE)
                        .withReplacement(TIME_REPLACEMENT));
            }
        }
    }

    /** "at half seven", looked for only where "half" is written. */
    private static void addHalfPast(String text, List<Finding> findings) {
        int index = indexOfIgnoreCase(text, "half", 0);
        if (index < 0) {
            return;
        }
        Matcher half = HALF_PAST.matcher(text);
        Matcher cue = HALF_CUE_BEFORE.matcher(text);
        while (index >= 0) {
            if (half.region(index, text.length()).lookingAt()
                    && PrecedingText.matchStart(cue, text, index, 20) >= 0) {
                findings.add(Finding.of(FindingType.DATE, text, index, half.end(), TIME_CONFIDENCE)
                        .withReplacement(TIME_REPLACEMENT));
            }
            index = indexOfIgnoreCase(text, "half", index + 4);
        }
    }

    private static int indexOfIgnoreCase(String text, String lowerCase, int from) {
        int lower = text.indexOf(lowerCase, from);
        int capital = text.indexOf(Character.toUpperCase(lowerCase.charAt(0)) + lowerCase.substring(1), from);
        return lower < 0 ? capital : capital < 0 ? lower : Math.min(lower, capital);
    }

    private static void addDaysFirst(Tokens tokens, List<Finding> findings) {
        String text = tokens.text();
        Matcher weekdayBefore = WEEKDAY_BEFORE_DAY.matcher(text);
        Matcher theBefore = THE_BEFORE_ORDINAL.matcher(text);
        for (MatchResult date : DAY_FIRST.findAll(tokens)) {
            String month = date.group("month");
            if (month == null && date.group("ordinal") == null) {
                continue;
            }
            int day = Integer.parseInt(date.group("day"));
            int weekday = PrecedingText.matchStart(weekdayBefore, text, date.start(), WEEKDAY_BEFORE_DAY_WINDOW);
            if (month == null) {
                // A number alone is a date as "Tuesday 14th", or as "the 5th" when no noun follows ("the 5th floor").
                if (weekday >= 0 && day >= 1 && day <= 31) {
                    findings.add(Finding.of(FindingType.DATE, text, weekday, date.end(), DAY_AND_MONTH_CONFIDENCE));
                } else if (day >= 1 && day <= 31 && PrecedingText.matchStart(theBefore, text, date.start(), 8) >= 0
                        && !nounAfter(text, date.end())) {
                    findings.add(Finding.of(FindingType.DATE, text, date.start(), date.end(), ORDINAL_CONFIDENCE));
                }
                continue;
            }
            String year = date.group("year");
            if (year == null && date.group("ordinal") == null && isAuxiliary(month) && !endsClause(text, date.end())) {
                // "12 may attend", "3 march on": in lower case, may and march are verbs as often as months.
                continue;
            }
            if (isValid(day, month(month), year == null ? 0 : Integer.parseInt(year))) {
                findings.add(Finding.of(FindingType.DATE, text, weekday >= 0 ? weekday : date.start(), date.end(),
                        year == null ? DAY_AND_MONTH_CONFIDENCE : FULL_DATE_CONFIDENCE));
            }
        }
    }

    private static boolean isAuxiliary(String month) {
        return month.equals("may") || month.equals("march") || month.equals("mar");
    }

    /** Nothing but spaces, then the end of the text or a mark that ends a clause. */
    private static boolean endsClause(String text, int index) {
        int next = index;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next == text.length() || ".,;:!?)".indexOf(text.charAt(next)) >= 0;
    }

    /** Whether the word after {@code index} is a noun an ordinal counts: "the 5th floor", "the 3rd time". */
    private static boolean nounAfter(String text, int index) {
        int start = index;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > start && ORDINAL_NOUNS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static void addMonthsFirst(Tokens tokens, List<Finding> findings) {
        String text = tokens.text();
        for (MatchResult date : MONTH_FIRST.findAll(tokens)) {
            boolean lowerCase = Character.isLowerCase(date.group("month").charAt(0));
            if (lowerCase && date.group("year") == null && date.group("dayyear") == null
                    && !Character.isLetter(text.charAt(date.end() - 1))) {
                // "march 12" may be twelve miles; "march 12th" and "march 2022" are dates.
                continue;
            }
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

    private static void addNumericDates(Tokens tokens, List<Finding> findings) {
        String text = tokens.text();
        for (MatchResult date : NUMERIC.findAll(tokens)) {
            double confidence;
            if (date.group("isoyear") != null) {
                confidence = isValid(Integer.parseInt(date.group("isoday")), Integer.parseInt(date.group("isomonth")),
                        Integer.parseInt(date.group("isoyear"))) ? NUMERIC_DATE_CONFIDENCE : 0;
            } else {
                String yearDigits = date.group("year");
                // 12.03.24 and 08-11-21 are dates as staff write them; a day and month that exist decide below.
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

    private static void addTimes(Tokens tokens, List<Finding> findings) {
        String text = tokens.text();
        Matcher dayBefore = DAY_BEFORE_TIME.matcher(text);
        for (MatchResult time : TIME.findAll(tokens)) {
            if (time.group("hour12") != null) {
                int hour = Integer.parseInt(time.group("hour12"));
                if (hour < 1 || hour > 12) {
                    continue;
                }
            }
            int day = PrecedingText.matchStart(dayBefore, text, time.start(), DAY_BEFORE_TIME_WINDOW);
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
