package uk.sexualsafety.cop.portal.secondfactor.ui;

import uk.sexualsafety.cop.portal.secondfactor.CodeCheck;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a person is told when a code is not accepted. */
public final class CodeMessages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private CodeMessages() {
    }

    public static String refused(CodeCheck check) {
        return switch (check.outcome()) {
            case ACCEPTED -> "";
            case WRONG -> "That code is not right. Enter the 6-digit code your authenticator app shows now, or one "
                    + "of your recovery codes.";
            case USED_ALREADY -> "That code has been used already. Wait for your app to show a new code, then "
                    + "enter it.";
            case PAUSED -> "For your security, codes are not checked for a while after several wrong ones. Try "
                    + "again after " + WHEN.format(check.pausedUntil()) + ".";
        };
    }

    /** For a code typed to confirm a new app, which has no recovery codes yet. */
    public static String newAppCodeRefused() {
        return "That code is not right. Check the key in your app and enter the 6-digit code it shows now.";
    }
}
