package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;

class PostcodeDetectorTest {

    private final Detector detector = new PostcodeDetector();

    @ParameterizedTest(name = "{0}: finds \"{2}\" in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A9 9AA    | at M1 1AE.                         | M1 1AE
            A99 9AA   | B33 8TH                            | B33 8TH
            A9A 9AA   | W1A 0AX,                           | W1A 0AX
            AA9 9AA   | (CR2 6XH)                          | CR2 6XH
            AA99 9AA  | DN55 1PT                           | DN55 1PT
            AA9A 9AA  | EC1A 1BB                           | EC1A 1BB
            GIR 0AA   | GIR 0AA                            | GIR 0AA
            GIR0AA    | GIR0AA                             | GIR0AA
            lower     | sw1a 1aa                           | sw1a 1aa
            no space  | SW1A1AA                            | SW1A1AA
            no space  | M11AE                              | M11AE
            sentence  | lives near LS1 4AP, by the station | LS1 4AP
            """)
    void findsPostcodesInEveryFormat(String format, String text, String expected) {
        assertFindsOnly(detector, text, FindingType.POSTCODE, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "the M25 was closed",
            "A1 northbound",
            "SW1A on its own",
            "QA1 1AA", "VA1 1AA", "XA1 1AA",
            "AI1 1AA", "AJ1 1AA", "AZ1 1AA",
            "W1I 0AX",
            "EC1Z 1BB",
            "M1 1CA", "M1 1AI", "M1 1KA", "M1 1AM", "M1 1OA", "M1 1AV",
            "EC1A 1BBC",
            "XEC1A 1BB",
            "M1 1AE5",
            "GIR 0AB",
            "in 2023 at 10:30",
    })
    void ignoresPostcodeLikeWords(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void findsSeveralPostcodesWithTheirOffsets() {
        String text = "From LS1 4AP to M1 1AE.";

        assertThat(detector.detect(text))
                .extracting(Finding::start, Finding::end, Finding::text)
                .containsExactly(tuple(5, 12, "LS1 4AP"), tuple(16, 22, "M1 1AE"));
    }
}
