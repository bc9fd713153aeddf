package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * UK postcodes in every format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA and GIR 0AA), with or without
 * the space, in any case. Only whole postcodes count: an outward code alone ("M25", "A1") is a road as often as a
 * place.
 */
final class PostcodeDetector implements WordDetector {

    private static final String GAP = "[ \\u00A0]?";

    /** The letters Royal Mail uses in each position keep look-alike codes out. */
    private static final String OUTWARD_CODE = "[A-PR-UWYZ]" // area, first letter: not Q, V or X
            + "(?:\\d[A-HJKPSTUW\\d]?" // A9, A9A, A99
            + "|[A-HK-Y]\\d[ABEHMNPRV-Y\\d]?)"; // AA9, AA9A, AA99; second letter not I, J or Z
    private static final String INWARD_CODE = "\\d[ABD-HJLNP-UW-Z]{2}"; // letters: not C, I, K, M, O or V

    /** A postcode's first digit is 1 (M1 1AA) to 4 (GIR 0AA) characters in. */
    private static final DigitAnchoredPattern POSTCODE = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?:GIR" + GAP + "0AA|" + OUTWARD_CODE + GAP + INWARD_CODE + ")(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE), 1, 4, DigitAnchoredPattern.Start.LETTER);

    private static final double IN_CAPITALS_CONFIDENCE = 0.9;
    private static final double OTHERWISE_CONFIDENCE = 0.7;

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        for (MatchResult match : POSTCODE.findAll(tokens)) {
            String found = match.group();
            double confidence = found.equals(found.toUpperCase(Locale.ROOT))
                    ? IN_CAPITALS_CONFIDENCE : OTHERWISE_CONFIDENCE;
            findings.add(Finding.of(FindingType.POSTCODE, text, match.start(), match.end(), confidence));
        }
        return findings;
    }
}
