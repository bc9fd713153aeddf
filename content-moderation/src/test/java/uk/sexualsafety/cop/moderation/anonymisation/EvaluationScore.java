package uk.sexualsafety.cop.moderation.anonymisation;

import uk.sexualsafety.cop.moderation.anonymisation.EvaluationSet.Case;
import uk.sexualsafety.cop.moderation.anonymisation.EvaluationSet.Expected;
import uk.sexualsafety.cop.moderation.anonymisation.EvaluationSet.Group;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recall per group and precision of the anonymiser's findings on an evaluation set. A marked span is found when a
 * finding of its group shares at least one character with it; a finding is right when it shares a character with a
 * marked span of its group. A finding of the wrong group counts against precision and finds nothing, since the
 * replacement it proposes ("[name]" for a town) would mislead the reader.
 */
record EvaluationScore(String set, int cases, Map<Group, Integer> expected, Map<Group, Integer> found,
                       int findings, int rightFindings, List<String> misses, List<String> wrongFindings) {

    static EvaluationScore of(EvaluationSet set, Anonymiser anonymiser) {
        Map<Group, Integer> expected = new EnumMap<>(Group.class);
        Map<Group, Integer> found = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            expected.put(group, 0);
            found.put(group, 0);
        }
        int findings = 0;
        int right = 0;
        var misses = new ArrayList<String>();
        var wrong = new ArrayList<String>();
        for (Case example : set.cases()) {
            List<Finding> result = anonymiser.analyse(example.text());
            for (Expected span : example.expected()) {
                expected.merge(span.group(), 1, Integer::sum);
                if (result.stream().anyMatch(finding -> matches(finding, span))) {
                    found.merge(span.group(), 1, Integer::sum);
                } else {
                    misses.add(String.format(Locale.ROOT, "line %d %s \"%s\"", example.line(), span.group(),
                            example.text().substring(span.start(), span.end())));
                }
            }
            for (Finding finding : result) {
                findings++;
                if (example.expected().stream().anyMatch(span -> matches(finding, span))) {
                    right++;
                } else {
                    wrong.add(String.format(Locale.ROOT, "line %d %s \"%s\"", example.line(), finding.type(),
                            finding.text()));
                }
            }
        }
        return new EvaluationScore(set.name(), set.cases().size(), expected, found, findings, right,
                List.copyOf(misses), List.copyOf(wrong));
    }

    private static boolean matches(Finding finding, Expected span) {
        return EvaluationSet.groupOf(finding.type()) == span.group()
                && finding.start() < span.end() && span.start() < finding.end();
    }

    double recall(Group group) {
        int all = expected.get(group);
        return all == 0 ? 1.0 : found.get(group) / (double) all;
    }

    double precision() {
        return findings == 0 ? 1.0 : rightFindings / (double) findings;
    }

    /** A row of the README's table: the set, its size, recall per group and precision. */
    String row() {
        var row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d |", set, cases));
        for (Group group : Group.values()) {
            row.append(String.format(Locale.ROOT, " %.2f (%d) |", recall(group), expected.get(group)));
        }
        return row.append(String.format(Locale.ROOT, " %.2f (%d) |", precision(), findings)).toString();
    }

    static String header() {
        return "| set | cases | structured | names | organisations | places | dates | precision |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |";
    }
}
