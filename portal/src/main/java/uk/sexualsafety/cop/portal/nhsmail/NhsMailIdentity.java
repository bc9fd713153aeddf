package uk.sexualsafety.cop.portal.nhsmail;

import java.util.Map;
import java.util.Optional;

/**
 * Who NHSmail says this is: the email address, whether the provider vouches for it, and a name. Entra ID vouches
 * with {@code xms_edov} (the address's domain is verified by its owner) where standard providers say
 * {@code email_verified}; either one, true, counts.
 */
record NhsMailIdentity(String email, boolean verified, String name) {

    static NhsMailIdentity from(Map<String, Object> claims) {
        String email = text(claims.get("email")).orElse(null);
        boolean verified = isTrue(claims.get("email_verified")) || isTrue(claims.get("xms_edov"));
        String name = text(claims.get("name")).orElse(null);
        return new NhsMailIdentity(email, verified, name);
    }

    private static Optional<String> text(Object value) {
        return value instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    @Override
    public String toString() {
        // Never the address or the name: this may reach a log.
        return "NhsMailIdentity[verified=" + verified + "]";
    }
}
