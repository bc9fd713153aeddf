package uk.sexualsafety.cop.portal.secondfactor;

/**
 * A new one-time code secret on its way to an authenticator app: as text for typing in, and as the otpauth://
 * address the QR code holds. It is kept only in the server's memory of the open page until a code from the app
 * confirms it; then it is stored encrypted.
 */
public record Enrolment(String secret, String appAddress) {

    /** The secret in groups of four, as apps show and people type it. */
    public String secretForTyping() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "Enrolment[secret hidden]";
    }
}
