package uk.sexualsafety.cop.portal.secondfactor;

import java.time.Instant;

/** What became of a typed one-time or recovery code. {@code pausedUntil} is set only when the outcome is PAUSED. */
public record CodeCheck(Outcome outcome, Instant pausedUntil) {

    public enum Outcome {
        ACCEPTED,
        /** Not a code of this account now (or a recovery code that does not exist or was used). */
        WRONG,
        /** The right code, but it was accepted once already: codes work once. */
        USED_ALREADY,
        /** Too many wrong codes: nothing is checked until {@code pausedUntil}. */
        PAUSED
    }

    static CodeCheck of(Outcome outcome) {
        return new CodeCheck(outcome, null);
    }

    static CodeCheck pausedUntil(Instant until) {
        return new CodeCheck(Outcome.PAUSED, until);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
