package uk.sexualsafety.cop.portal.nhsmail;

import java.util.Arrays;
import java.util.Optional;

/** What the sign-in page says after an NHSmail sign-in that did not sign anyone in, by its code in the address. */
public enum NhsMailNotice {
    UNAVAILABLE("unavailable", "NHSmail sign-in is unavailable right now. Sign in with your email address and "
            + "password, or try NHSmail again in a few minutes."),
    UNVERIFIED("unverified", "NHSmail did not confirm your email address, so you cannot sign in with it here. Sign "
            + "in with your password instead."),
    DOMAIN("domain", "The community is open to NHS staff, and the address of this NHSmail account is not one of "
            + "the NHS addresses that may join."),
    SUSPENDED("suspended", "Your account is suspended. If you think this is a mistake, contact the community's "
            + "administrators."),
    WAITING("waiting", "Your request to join is waiting for an administrator. You can sign in with NHSmail once it "
            + "is approved."),
    CANCELLED("cancelled", "You did not finish signing in with NHSmail. Try again, or sign in with your password."),
    FAILED("failed", "Signing in with NHSmail did not work. Try again, or sign in with your password.");

    /** The query parameter of the sign-in page that carries the code. */
    public static final String PARAMETER = "nhsmail";

    private final String code;
    private final String message;

    NhsMailNotice(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public static Optional<NhsMailNotice> fromCode(String code) {
        return Arrays.stream(values()).filter(notice -> notice.code.equals(code)).findFirst();
    }

    String loginPage() {
        return "/login?" + PARAMETER + "=" + code;
    }
}
