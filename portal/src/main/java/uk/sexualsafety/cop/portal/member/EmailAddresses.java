package uk.sexualsafety.cop.portal.member;

import java.util.Optional;
import java.util.regex.Pattern;

/** A deliberately plain check of an email address's shape; the domain check does the real gatekeeping. */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)$");

    private EmailAddresses() {
    }

    /** The domain of a well-formed address, or empty. */
    public static Optional<String> domainOf(String email) {
        if (email == null || email.length() > 254) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(email.strip());
        if (!matcher.matches() || email.strip().contains("..")) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }
}
