package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertSurerIn;

class VehicleRegistrationDetectorTest {

    private static final Clock IN_2025 = Clock.fixed(Instant.parse("2025-11-01T12:00:00Z"), ZoneOffset.UTC);

    private final Detector detector = new VehicleRegistrationDetector(IN_2025);

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            the car, AB12 CDE, was outside      | AB12 CDE
            reg AB12CDE                         | AB12CDE
            the car was ab12 cde                | ab12 cde
            white van bx21-fgh                  | bx21-fgh
            followed by WM18-TXA                | WM18-TXA
            car reg yj 70 kpn outside           | yj 70 kpn
            YL62 ABC                            | YL62 ABC
            March 2002 plates: BD02 XYZ         | BD02 XYZ
            this year's: LV25 ZZZ               | LV25 ZZZ
            September 2001 plates: BD51 SMR     | BD51 SMR
            this autumn's: LV75 ABC             | LV75 ABC
            an old prefix plate A123 BCD        | A123 BCD
            an old suffix plate ABC 123D        | ABC 123D
            """)
    void findsRegistrations(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.VEHICLE_REGISTRATION, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "AB00 CDE", "AB01 CDE", "AB26 CDE", "AB50 CDE", "AB76 CDE", "AB99 CDE",
            "IA12 CDE", "QA12 CDE", "ZA12 CDE", "AI12 CDE",
            "AB12 CDI", "AB12 CQE",
            "AB12 CDEF", "XAB12 CDE", "AB12 CDE5",
            "LS1 4AP", "M25", "COVID19", "A1 northbound",
            "I123 BCD", "ABC 123I",
    })
    void ignoresAgeIdentifiersNotYetOrNeverIssuedAndLookAlikes(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void readsTheIssuedAgeIdentifiersFromTheClock() {
        var nextYear = new VehicleRegistrationDetector(Clock.offset(IN_2025, Duration.ofDays(366)));

        assertFindsNothing(detector, "AB26 CDE");
        assertFindsOnly(nextYear, "AB26 CDE", FindingType.VEHICLE_REGISTRATION, "AB26 CDE");
        assertFindsOnly(nextYear, "AB76 CDE", FindingType.VEHICLE_REGISTRATION, "AB76 CDE");
    }

    @ParameterizedTest(name = "surer in \"{0}\" than in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            AB12 CDE | A123 BCD
            AB12 CDE | ABC 123D
            """)
    void isSurerOfTheCurrentFormatThanOfOlderOnes(String surer, String lessSure) {
        assertSurerIn(detector, surer, lessSure);
    }
}
