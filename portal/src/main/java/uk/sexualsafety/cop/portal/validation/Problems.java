package uk.sexualsafety.cop.portal.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the problems with a form's input, the first per field, and throws them together. */
public final class Problems {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public Problems add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Requires text with something other than white space, no longer than {@code maxLength}. */
    public Problems requireText(String field, String value, int maxLength, String whatIsMissing) {
        if (value == null || value.isBlank()) {
            add(field, whatIsMissing);
        } else if (value.strip().length() > maxLength) {
            add(field, "Use no more than " + maxLength + " characters");
        }
        return this;
    }

    public Problems limitText(String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            add(field, "Use no more than " + maxLength + " characters");
        }
        return this;
    }

    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new InvalidInputException(byField);
        }
    }
}
