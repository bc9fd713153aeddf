package uk.sexualsafety.cop.portal.member;

/**
 * The emails about a request to join. Plain text, addressed only to the address that was given; they never say
 * anything about the address's state to anyone but its owner.
 */
final class JoiningEmails {

    static final String CONFIRM_SUBJECT = "Confirm your email address to join the Sexual Safety Community of Practice";
    static final String ALREADY_A_MEMBER_SUBJECT = "You already have an account with the Sexual Safety Community of "
            + "Practice";
    static final String ALREADY_WAITING_SUBJECT = "Your request to join the Sexual Safety Community of Practice is "
            + "waiting";
    static final String APPROVED_SUBJECT = "Welcome to the Sexual Safety Community of Practice";
    static final String DECLINED_SUBJECT = "Your request to join the Sexual Safety Community of Practice";

    private JoiningEmails() {
    }

    static String confirm(String link, long validHours) {
        return """
                Someone, hopefully you, asked to join the Sexual Safety Community of Practice with this email \
                address.

                To confirm that it is yours and choose your password, open this link within %d hours. It works once:
                %s

                Your request goes to the community's administrators only once you have confirmed it.

                If you did not ask to join, you can ignore this email: nothing more will happen, and the request \
                is deleted when the link expires.
                """.formatted(validHours, link);
    }

    static String alreadyAMember(String signInAddress, String resetLink, long resetValidMinutes) {
        return """
                Someone, hopefully you, asked to join the Sexual Safety Community of Practice with this email \
                address. It already has an account, so there is no need to join again: sign in at %s

                If you have forgotten your password, choose a new one with this link within %d minutes. It works \
                once:
                %s

                If you did not ask, you can ignore this email: nothing has changed.
                """.formatted(signInAddress, resetValidMinutes, resetLink);
    }

    static String alreadyWaiting() {
        return """
                Someone, hopefully you, asked to join the Sexual Safety Community of Practice with this email \
                address. A request from it is already waiting for an administrator, so there is nothing more to \
                do: we will email you when they have decided, usually within two working days.

                If you did not ask, you can ignore this email: nothing has changed.
                """;
    }

    static String approved(String signInAddress) {
        return """
                Your request to join the Sexual Safety Community of Practice has been approved.

                Sign in at %s with this email address and the password you chose.
                """.formatted(signInAddress);
    }

    static String declined(String joinAddress) {
        return """
                Thank you for asking to join the Sexual Safety Community of Practice. An administrator has looked \
                at your request and has not approved it.

                The community is for people professionals working in NHS organisations. If you think this was a \
                mistake, you can ask again at %s and say more about your role in the reason.
                """.formatted(joinAddress);
    }
}
