package uk.sexualsafety.cop.portal.validation;

import java.util.Map;

/**
 * Input that a service refused, with a message per field for the form to show next to each one. Field names are
 * the record components of the service's input.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super("Invalid input in " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
