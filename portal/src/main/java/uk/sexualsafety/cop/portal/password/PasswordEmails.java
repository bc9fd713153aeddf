package uk.sexualsafety.cop.portal.password;

/** The emails about a person's password. Plain text; the only personal detail is the address they are sent to. */
final class PasswordEmails {

    static final String RESET_SUBJECT = "Choose a new password for the Sexual Safety Community of Practice";
    static final String CHANGED_SUBJECT = "Your Sexual Safety Community of Practice password was changed";

    private PasswordEmails() {
    }

    static String reset(String link, long validMinutes) {
        return """
                Someone, hopefully you, asked to choose a new password for your account on the Sexual Safety \
                Community of Practice portal.

                To choose a new password, open this link within %d minutes. It works once:
                %s

                Choosing a new password signs your account out everywhere else.

                If you did not ask, you can ignore this email: your password has not changed.
                """.formatted(validMinutes, link);
    }

    static String changed(String signInAddress, String forgotAddress) {
        return """
                The password of your account on the Sexual Safety Community of Practice portal has just been \
                changed, and every other sign-in of your account has ended.

                If this was you, there is nothing more to do. You can sign in at %s

                If it was not you, choose a new password at once: %s
                """.formatted(signInAddress, forgotAddress);
    }
}
