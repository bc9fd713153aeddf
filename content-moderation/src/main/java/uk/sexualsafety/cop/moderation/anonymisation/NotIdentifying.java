package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Phrases that hold a name, a place or a date without identifying anyone: idioms ("every Tom, Dick and Harry"),
 * eponyms in clinical use (Glasgow Coma Scale, Parkinson's), cakes and brands (Victoria sponge, Dr Martens). A word
 * finding that shares a character with one of them is dropped, whichever detector made it; numbers are kept.
 */
final class NotIdentifying {

    private static final Gazetteer<Boolean> PHRASES = phrases();
    private static final Set<FindingType> WORD_TYPES = Set.of(FindingType.PERSON_NAME, FindingType.PLACE,
            FindingType.ORGANISATION, FindingType.AMBULANCE_SERVICE, FindingType.DATE);

    private NotIdentifying() {
    }

    private static Gazetteer<Boolean> phrases() {
        Gazetteer.Builder<Boolean> builder = Gazetteer.builder();
        for (String phrase : Lexicon.NOT_IDENTIFYING) {
            builder.addInAnyCase(phrase, Boolean.TRUE);
        }
        return builder.build();
    }

    /** The findings less the word findings that share a character with a phrase that identifies no one. */
    static List<Finding> without(List<Finding> findings, Tokens words) {
        if (findings.isEmpty()) {
            return findings;
        }
        List<int[]> spans = null;
        for (int token = 0; token < words.size(); token++) {
            Gazetteer.Match<Boolean> phrase = PHRASES.longestAt(words, token);
            if (phrase != null) {
                if (spans == null) {
                    spans = new ArrayList<>();
                }
                spans.add(new int[] {words.start(token), words.end(phrase.endToken() - 1)});
                token = phrase.endToken() - 1;
            }
        }
        if (spans == null) {
            return findings;
        }
        // The spans come in reading order and do not overlap: walked once beside the findings sorted by start.
        var sorted = new ArrayList<>(findings);
        sorted.sort(Overlaps.READING_ORDER);
        var kept = new ArrayList<Finding>(sorted.size());
        int span = 0;
        for (Finding finding : sorted) {
            while (span < spans.size() && spans.get(span)[1] <= finding.start()) {
                span++;
            }
            boolean overlaps = span < spans.size() && spans.get(span)[0] < finding.end();
            if (!WORD_TYPES.contains(finding.type()) || !overlaps) {
                kept.add(finding);
            }
        }
        return kept;
    }
}
