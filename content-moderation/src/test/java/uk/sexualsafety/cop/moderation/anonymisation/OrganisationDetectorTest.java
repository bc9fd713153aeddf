package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertSurerIn;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.AMBULANCE_SERVICE;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.ORGANISATION;

class OrganisationDetectorTest {

    private final Detector detector = new OrganisationDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I joined the London Ambulance Service in 2019           | London Ambulance Service
            I joined LAS in 2019                                    | LAS
            North East Ambulance Service NHS Foundation Trust       | North East Ambulance Service NHS Foundation Trust
            she moved to NEAS                                       | NEAS
            the north west ambulance service said                   | north west ambulance service
            NWAS crews                                              | NWAS
            Yorkshire Ambulance Service NHS Trust                   | Yorkshire Ambulance Service NHS Trust
            YAS control                                             | YAS
            East Midlands Ambulance Service                         | East Midlands Ambulance Service
            EMAS and others                                         | EMAS
            ex-WMAS                                                 | WMAS
            East of England Ambulance Service                       | East of England Ambulance Service
            staff at EEAST                                          | EEAST
            South Central Ambulance Service                         | South Central Ambulance Service
            SCAS staff                                              | SCAS
            South East Coast Ambulance Service                      | South East Coast Ambulance Service
            SECAmb crews                                            | SECAmb
            South Western Ambulance Service                         | South Western Ambulance Service
            SWASFT paramedics                                       | SWASFT
            Isle of Wight Ambulance Service                         | Isle of Wight Ambulance Service
            IWAS                                                    | IWAS
            Northern Ireland Ambulance Service                      | Northern Ireland Ambulance Service
            NIAS                                                    | NIAS
            the Scottish Ambulance Service                          | Scottish Ambulance Service
            Welsh Ambulance Services University NHS Trust           | Welsh Ambulance Services University NHS Trust
            WAST crews                                              | WAST
            a crew from SAS picked her up                           | SAS
            Hampshire Ambulance Service was merged                  | Hampshire Ambulance Service
            """)
    void findsAmbulanceServicesByNameAndShortForm(String text, String expected) {
        assertFindsOnly(detector, text, AMBULANCE_SERVICE, expected);
    }

    @Test
    void findsShortFormsInAnyCaseButOnlyAsWholeWords() {
        assertThat(detector.detect("SECAmb, SECAMB, Secamb, secamb, SECAmbulance, NEAS-based, YASmin"))
                .extracting(Finding::text)
                .containsExactly("SECAmb", "SECAMB", "Secamb", "secamb", "NEAS");
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            the lad from merseyside police was there     | merseyside police
            {org} said nothing                           | west mids police
            i'm a student at swansea uni and             | swansea uni
            on placement from uclan with a mentor        | uclan
            i study at university of cumbria             | university of cumbria
            she works for betsi now                      | betsi
            handed over at wythenshawe hospital          | wythenshawe hospital
            we took him to leeds general                 | leeds general
            it was at the royal stoke all night          | royal stoke
            the unison rep came with me                  | unison
            i rang the samaritans that night             | the samaritans
            she was a paramedic with yas for years       | yas
            he was a met officer                         | met
            i work for west mids ambulance now           | west mids ambulance
            """)
    void findsOrganisationsAsStaffWriteThem(String text, String expected) {
        String written = text.replace("{org}", expected);
        assertThat(detector.detect(written)).extracting(Finding::text).containsExactly(expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "we sang in unison",
            "never mind, it was fine",
            "the police came",
            "i took her to the hospital",
            "my uni is far away",
            "they met at the station",
            "leeds ambulance station",
    })
    void ignoresOrdinaryWordsThatAreAlsoNamesOfOrganisations(String text) {
        assertFindsNothing(detector, text);
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            to Leeds Teaching Hospitals NHS Trust's A&E      | Leeds Teaching Hospitals NHS Trust
            Guy's and St Thomas' NHS Foundation Trust        | Guy's and St Thomas' NHS Foundation Trust
            we handed over at St Thomas' Hospital.           | St Thomas' Hospital
            at the Royal London Hospital                     | Royal London Hospital
            Leeds General Infirmary                          | Leeds General Infirmary
            King's College Hospital                          | King's College Hospital
            Humber and North Yorkshire Integrated Care Board | Humber and North Yorkshire Integrated Care Board
            NHS West Yorkshire ICB                           | NHS West Yorkshire ICB
            Cardiff and Vale University Health Board         | Cardiff and Vale University Health Board
            Yorkshire Air Ambulance                          | Yorkshire Air Ambulance
            """)
    void findsNhsBodiesByTheShapeOfTheirNames(String text, String expected) {
        assertFindsOnly(detector, text, ORGANISATION, expected);
    }

    @ParameterizedTest(name = "finds \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            AMBULANCE_SERVICE | West Midlands Ambulance Service University NHS Foundation Trust
            AMBULANCE_SERVICE | Northern Ireland Ambulance Service Health and Social Care Trust
            ORGANISATION      | Barking, Havering and Redbridge University Hospitals NHS Trust
            ORGANISATION      | Hull University Teaching Hospitals NHS Trust
            ORGANISATION      | Royal Devon University Healthcare NHS Foundation Trust
            ORGANISATION      | Sheffield Children's NHS Foundation Trust
            """)
    void findsLongFullNamesWhole(FindingType type, String name) {
        assertFindsOnly(detector, name, type, name);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "the NHS is under pressure",
            "the ICB wrote to us",
            "HR and ER are involved",
            "I went to FTSU",
            "my GP referred me",
            "waiting in A&E",
            "The SAS soldier was treated.",
            "las in lower case",
            "Las Vegas",
            "NEASDEN",
            "taken to hospital",
            "the Hospital was busy",
            "Hospital staff were kind",
            "at the District General Hospital",
            "the trust and the ambulance service",
            "our Ambulance Service",
            "the local hospital",
    })
    void ignoresSectorWordsAndLookAlikes(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void findsAddedNamesFromTheDirectory() {
        var withDirectory = new OrganisationDetector(List.of(
                "Leeds Teaching Hospitals NHS Trust", "LTHT", "Mind", "Hillside Community Ambulance Service", "NHS",
                " ", "X"));
        String text = "LTHT, also leeds teaching hospitals nhs trust, told Mind and the Hillside Community Ambulance "
                + "Service; ltht and mind are not names in lower case, nor is the NHS.";

        assertThat(withDirectory.detect(text))
                .extracting(Finding::type, Finding::text)
                .containsExactly(
                        tuple(ORGANISATION, "LTHT"),
                        tuple(ORGANISATION, "leeds teaching hospitals nhs trust"),
                        tuple(ORGANISATION, "Mind"),
                        tuple(AMBULANCE_SERVICE, "Hillside Community Ambulance Service"));
    }

    @Test
    void anAddedNameDoesNotChangeABuiltInOne() {
        var withDirectory = new OrganisationDetector(List.of("LAS"));

        assertThat(withDirectory.detect("LAS")).extracting(Finding::type).containsExactly(AMBULANCE_SERVICE);
    }

    @ParameterizedTest(name = "surer in \"{0}\" than in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            the Scottish Ambulance Service  | a crew from YAS
            a crew from YAS                 | a crew from SAS
            the Yorkshire Ambulance Service | the Hampshire Ambulance Service
            Leeds NHS Trust                 | Leeds Hospital
            """)
    void isSurerOfListedNamesThanOfShortFormsAndShapes(String surer, String lessSure) {
        assertSurerIn(detector, surer, lessSure);
    }
}
