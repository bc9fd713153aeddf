package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;

class AddressDetectorTest {

    private final Detector detector = new AddressDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '!', textBlock = """
            i live on 12 victoria road and he waits      ! 12 victoria road
            the pt lived at flat 4, 27 oak lane with him ! flat 4, 27 oak lane
            the job was at 6 brook st and               ! 6 brook st
            her address is 43b cliff road near           ! 43b cliff road
            he turned up on maple crescent               ! maple crescent
            he lives on Albert Street now                ! Albert Street
            I live on Church Street and                  ! Church Street
            the office is at unit 7, brunel business park ! unit 7, brunel business park
            send it to 4 ffordd y llyn please            ! 4 ffordd y llyn
            14 the crescent, heaton is where i lived     ! 14 the crescent
            """)
    void findsStreetsAndAddresses(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PLACE, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "he drove down the road",
            "on the main road",
            "the high street was busy",
            "it was a long lane",
            "we parked on the side street",
            "Road traffic collision on the way",
            "the court case is next week",
            "a park bench",
    })
    void ignoresStreetWordsThatNameNoStreet(String text) {
        assertFindsNothing(detector, text);
    }
}
