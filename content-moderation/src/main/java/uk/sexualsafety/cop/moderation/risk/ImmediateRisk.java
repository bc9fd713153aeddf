package uk.sexualsafety.cop.moderation.risk;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises text suggesting that someone may be at risk now: intent to self-harm or end one's life, or harm that is
 * still going on. It errs towards flagging: a false alarm costs a moderator a look, a miss could cost far more. It
 * raises priority and shows where to get help; it never blocks or changes a submission. Plain Java, thread-safe.
 */
public final class ImmediateRisk {

    /** What kind of risk the text suggests. */
    public enum Kind {
        SELF_HARM,
        ONGOING_HARM
    }

    private record Signal(Kind kind, Pattern pattern) {
    }

    private static final List<Signal> SIGNALS = List.of(
            signal(Kind.SELF_HARM, "\\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting)\\s+myself\\b"),
            signal(Kind.SELF_HARM, "\\b(?:end|ending|take|taking)\\s+my\\s+(?:own\\s+)?life\\b"),
            signal(Kind.SELF_HARM, "\\b(?:want|wanna)\\s+to\\s+die\\b"),
            signal(Kind.SELF_HARM, "\\bsuicidal\\b|\\bsuicide\\s+(?:plan|note)\\b"),
            signal(Kind.SELF_HARM, "\\b(?:don'?t|do\\s+not)\\s+want\\s+to\\s+"
                    + "(?:be\\s+here|live|be\\s+alive|go\\s+on)\\b"),
            signal(Kind.SELF_HARM, "\\b(?:can'?t|cannot)\\s+(?:go\\s+on|cope\\s+any\\s*more|keep\\s+going)\\b"),
            signal(Kind.ONGOING_HARM, "\\b(?:still|keeps?|continues\\s+to)\\s+(?:happening|happens|touch(?:es|ing)?|"
                    + "assault(?:s|ing)?|abus(?:es|ing)|harass(?:es|ing)?|follow(?:s|ing)?|threaten(?:s|ing)?|"
                    + "messag(?:es|ing)|turn(?:s|ing)?\\s+up)\\b"),
            signal(Kind.ONGOING_HARM, "\\bhappening\\s+(?:now|right\\s+now|every\\s+(?:day|shift))\\b"),
            signal(Kind.ONGOING_HARM, "\\b(?:i'?m|i\\s+am)\\s+(?:not\\s+safe|in\\s+danger|scared\\s+for\\s+my\\s+life"
                    + "|scared\\s+to\\s+go\\s+(?:home|to\\s+work))\\b"),
            signal(Kind.ONGOING_HARM, "\\b(?:he|she|they)\\s+(?:is|are|'s|'re)\\s+(?:outside|waiting\\s+for\\s+me)\\b"),
            signal(Kind.ONGOING_HARM, "\\bthreaten(?:ed|s|ing)?\\s+to\\s+(?:kill|hurt|rape)\\b"));

    private static Signal signal(Kind kind, String regex) {
        return new Signal(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The kinds of immediate risk the text suggests; empty when it suggests none. */
    public Set<Kind> assess(String text) {
        Objects.requireNonNull(text, "text");
        // Curly apostrophes are common in pasted text; matching the straight one keeps the patterns simple.
        String normalised = text.replace('\u2019', '\'');
        var kinds = EnumSet.noneOf(Kind.class);
        for (Signal signal : SIGNALS) {
            if (!kinds.contains(signal.kind()) && signal.pattern().matcher(normalised).find()) {
                kinds.add(signal.kind());
            }
        }
        return kinds;
    }

    public boolean suggestsImmediateRisk(String text) {
        return !assess(text).isEmpty();
    }
}
