package uk.sexualsafety.cop.moderation.anonymisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Texts with what the anonymiser should find in them marked by hand, one case a line: {@code i told {{name:sarah}} at
 * {{place:barry island}}}. Blank lines and lines starting with # are skipped. The kinds are grouped as the targets
 * are set: people's names, organisations, places, dates (times too), and structured identifiers.
 */
record EvaluationSet(String name, List<Case> cases) {

    enum Group { STRUCTURED, NAMES, ORGANISATIONS, PLACES, DATES }

    private static final Map<String, Group> KINDS = Map.ofEntries(
            Map.entry("name", Group.NAMES),
            Map.entry("org", Group.ORGANISATIONS),
            Map.entry("place", Group.PLACES),
            Map.entry("date", Group.DATES),
            Map.entry("email", Group.STRUCTURED),
            Map.entry("phone", Group.STRUCTURED),
            Map.entry("nhs", Group.STRUCTURED),
            Map.entry("nino", Group.STRUCTURED),
            Map.entry("postcode", Group.STRUCTURED),
            Map.entry("staff", Group.STRUCTURED),
            Map.entry("reg", Group.STRUCTURED),
            Map.entry("callsign", Group.STRUCTURED));

    /** One marked span of a case's text. */
    record Expected(int start, int end, Group group) {
    }

    /** @param line the line of the resource, for messages */
    record Case(int line, String text, List<Expected> expected) {
    }

    static Group groupOf(FindingType type) {
        return switch (type) {
            case PERSON_NAME -> Group.NAMES;
            case ORGANISATION, AMBULANCE_SERVICE -> Group.ORGANISATIONS;
            case PLACE -> Group.PLACES;
            case DATE -> Group.DATES;
            case EMAIL_ADDRESS, PHONE_NUMBER, NHS_NUMBER, NATIONAL_INSURANCE_NUMBER, POSTCODE, STAFF_NUMBER,
                 CALL_SIGN, VEHICLE_REGISTRATION -> Group.STRUCTURED;
        };
    }

    static EvaluationSet load(String resource) {
        InputStream in = EvaluationSet.class.getResourceAsStream("evaluation/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing evaluation set " + resource);
        }
        var cases = new ArrayList<Case>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(parse(number, line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvaluationSet(resource, List.copyOf(cases));
    }

    static Case parse(int number, String marked) {
        var text = new StringBuilder();
        var expected = new ArrayList<Expected>();
        int index = 0;
        while (index < marked.length()) {
            int open = marked.indexOf("{{", index);
            if (open < 0) {
                text.append(marked, index, marked.length());
                break;
            }
            text.append(marked, index, open);
            int colon = marked.indexOf(':', open);
            int close = marked.indexOf("}}", open);
            if (colon < 0 || close < 0 || colon > close) {
                throw new IllegalArgumentException("line " + number + ": unclosed or kindless mark");
            }
            String kind = marked.substring(open + 2, colon).strip().toLowerCase(Locale.ROOT);
            Group group = KINDS.get(kind);
            if (group == null) {
                throw new IllegalArgumentException("line " + number + ": unknown kind " + kind);
            }
            String span = marked.substring(colon + 1, close);
            if (span.isBlank() || span.contains("{{")) {
                throw new IllegalArgumentException("line " + number + ": empty or nested mark");
            }
            int start = text.length();
            text.append(span);
            expected.add(new Expected(start, text.length(), group));
            index = close + 2;
        }
        return new Case(number, text.toString(), List.copyOf(expected));
    }
}
