package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertSurerIn;

class PersonNameDetectorTest {

    private final Detector detector = new PersonNameDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            My colleague Sarah Jones said it was a joke.   | Sarah Jones
            the paramedic Smith was driving                | Smith
            I reported it to Dr J. Smith on the day        | J. Smith
            I told Mrs Okonkwo what happened               | Okonkwo
            my colleague, Will, laughed                    | Will
            a man called Dev kept texting                  | Dev
            she is known as Bex on the station             | Bex
            the nurse Grace Hill saw it                    | Grace Hill
            Dr Preston examined her                        | Preston
            the student paramedic Zofia Kowalski           | Zofia Kowalski
            Paramedic Adeyemi was on the other crew        | Adeyemi
            her husband, Mark, was waiting outside         | Mark
            Station Officer Brown was on duty              | Brown
            the patient Ali Raza Service user              | Ali Raza
            """)
    void findsNamesAfterATitleOrRole(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PERSON_NAME, expected);
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I spoke to Priya about it                | Priya
            Will Smith was on the same shift         | Will Smith
            It was Sarah O'Neill again               | Sarah O'Neill
            It was Sarah O’Neill again               | Sarah O’Neill
            ask Mohammed Khan-Patel                  | Mohammed Khan-Patel
            Emma's locker was opened                 | Emma
            then Rose Patel arrived                  | Rose Patel
            and Hughes agreed with him               | Hughes
            Callum said nothing at the time          | Callum
            I saw Emma Ndlovu leave                  | Emma Ndlovu
            """)
    void findsListedNamesWithoutACue(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PERSON_NAME, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "Will you sign the form?",
            "Mark the form as read.",
            "May I ask a question?",
            "The Grace period ended.",
            "Hope you are well.",
            "Rose to the occasion",
            "Bill the patient later",
            "It was May Day.",
            "in May 2023",
            "I called Control straight away",
            "we called Leeds back",
            "a will and a hope",
            "we had to grace the meeting with our presence",
            "this summer has been the worst",
            "rose from the table and walked out",
            "i hope it goes well",
            "the ed was rammed",
            "ive told my mate",
            "Burns to the left arm",
            "Green light from the manager",
            "the paramedic practice",
            "the nurse said no",
            "my colleague Dr",
            "Nurse Practitioner role",
            "Dear Colleague,",
            "the Patient Transport Service",
            "our Nurse Education Team",
    })
    void ignoresOrdinaryWordsAndUnannouncedCapitals(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void aNameDoesNotRunOnIntoTheNextSentence() {
        String text = "It was Sarah. Patel came later.";

        assertThat(detector.detect(text))
                .extracting(Finding::text)
                .containsExactly("Sarah", "Patel");
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            i told sarah about it                        | sarah
            me n jas were on nights                      | jas
            so big tony corners me in the mess           | big tony
            sarah jones wrote in lower case              | sarah jones
            I TOLD SHARON STRAIGHT AWAY                  | SHARON
            a mentor called wojciech was lovely          | wojciech
            siobhán from the union came with me          | siobhán
            łukasz was on the rota                       | łukasz
            the report was signed by j. hughes           | j. hughes
            a.k. singh signed it off                     | a.k. singh
            the new manager van der merwe is decent      | van der merwe
            yusuf al-rashid stood up for me              | yusuf al-rashid
            the student ní mhurchú reported it           | ní mhurchú
            katie smith-jones is the manager             | katie smith-jones
            he goes by jonno on the station              | jonno
            will said he will sort it                    | will
            i told rose what he said                     | rose
            mr ogunleye the patient was abusive          | ogunleye
            """)
    void findsNamesAsStaffWriteThem(String text, String expected) {
        assertThat(detector.detect(text)).extracting(Finding::text).containsExactly(expected);
    }

    @Test
    void noNameIsReadOutOfThePiecesOfACode() {
        // Once read as "d rota": a surname after an initial.
        assertThat(detector.detect("A colleague on the zx21ad7c1b7d rota kept commenting.")).isEmpty();
    }

    @Test
    void findsEveryNameWithItsOffsets() {
        String text = "Dr Khan and my colleague Sam Taylor met Priya.";

        assertThat(detector.detect(text))
                .extracting(Finding::start, Finding::end, Finding::text)
                .containsExactly(tuple(3, 7, "Khan"), tuple(25, 35, "Sam Taylor"), tuple(40, 45, "Priya"));
    }

    @ParameterizedTest(name = "surer in \"{0}\" than in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I told paramedic Sarah about it  | I told Sarah about it
            my colleague Sarah laughed       | my colleague Tarquin laughed
            I told Sarah Jones about it      | I told Sarah about it
            I told Sarah Okafor about it     | I told Sarah about it
            I told Sarah about it            | I told Okafor about it
            I told Sarah about it            | Sarah told me about it
            """)
    void isSurerWithMoreEvidence(String surer, String lessSure) {
        assertSurerIn(detector, surer, lessSure);
    }
}
