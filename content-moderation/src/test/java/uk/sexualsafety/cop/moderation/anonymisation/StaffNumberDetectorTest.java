package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertSurerIn;

class StaffNumberDetectorTest {

    private final Detector detector = new StaffNumberDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            my staff number is 1234567.           | 1234567
            Staff No. 12345 on the form           | 12345
            payroll number: 7654321               | 7654321
            Payroll no 98765432                   | 98765432
            employee ID 123456                    | 123456
            assignment number 12345678            | 12345678
            my PIN is 12345                       | 12345
            collar number 12345                   | 12345
            ID E12345                             | E12345
            staff number AB-12345                 | AB-12345
            ESR number 1234567890                 | 1234567890
            """)
    void findsNumbersAfterTheWordsThatNameThem(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.STAFF_NUMBER, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "1234567",
            "order 12345",
            "it cost 12345 pounds",
            "ID 1234",
            "staff number 12345678901",
            "staff number 12345.67",
            "staff number 123-456",
            "pinned 12345 times",
            "valid 12345",
            "the staff, all 12345 of them, agreed",
            "staff number REF12345",
            "we had 3 staff 12 hours",
            "staff room 4",
    })
    void ignoresNumbersWithoutTheWordsOrOfTheWrongShape(String text) {
        assertFindsNothing(detector, text);
    }

    @ParameterizedTest(name = "surer in \"{0}\" than in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            payroll number 1234567 | ID 1234567
            staff no. 1234567      | my PIN is 1234567
            """)
    void isSurerAfterStaffOrPayrollThanAfterIdOrPin(String surer, String lessSure) {
        assertSurerIn(detector, surer, lessSure);
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            emp no. E208813 off the rota                 | E208813
            my payroll ref is PR-448217                  | PR-448217
            collar no. is 4471 if you need it            | 4471
            badge no. is TVP 3392 and                    | TVP 3392
            staff id AMB04512 sorry                      | AMB04512
            his staff number is S 449 210 according      | S 449 210
            my nmc pin is 09I1234E if needed             | 09I1234E
            employee number EMP-00451                    | EMP-00451
            """)
    void findsNumbersAfterTheirManyCues(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.STAFF_NUMBER, expected);
    }
}
