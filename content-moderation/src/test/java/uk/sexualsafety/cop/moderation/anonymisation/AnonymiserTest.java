package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.AMBULANCE_SERVICE;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.CALL_SIGN;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.DATE;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.EMAIL_ADDRESS;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.NATIONAL_INSURANCE_NUMBER;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.NHS_NUMBER;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.ORGANISATION;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.PERSON_NAME;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.PHONE_NUMBER;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.PLACE;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.POSTCODE;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.STAFF_NUMBER;
import static uk.sexualsafety.cop.moderation.anonymisation.FindingType.VEHICLE_REGISTRATION;

class AnonymiserTest {

    private static final String TEXT = "Jo Bloggs of Leeds rang 07700 900123 about it";

    private final Anonymiser standard = Anonymiser.standard();

    @Test
    void anonymisesANarrativeWithSeveralKindsOfIdentifier() {
        String narrative = """
                The patient (NHS number 943 476 5919, NI AB 12 34 56 C) lives near LS1 4AP. Afterwards my colleague \
                emailed the team leader at team.leader@example.nhs.uk and rang 07700 900123; the station is \
                on 0113 496 0000.""";

        List<Finding> findings = standard.analyse(narrative);

        assertThat(findings)
                .extracting(Finding::type, Finding::text)
                .containsExactly(
                        tuple(NHS_NUMBER, "943 476 5919"),
                        tuple(NATIONAL_INSURANCE_NUMBER, "AB 12 34 56 C"),
                        tuple(POSTCODE, "LS1 4AP"),
                        tuple(EMAIL_ADDRESS, "team.leader@example.nhs.uk"),
                        tuple(PHONE_NUMBER, "07700 900123"),
                        tuple(PHONE_NUMBER, "0113 496 0000"));
        assertThat(findings).allSatisfy(finding ->
                assertThat(narrative.substring(finding.start(), finding.end())).isEqualTo(finding.text()));
        assertThat(standard.apply(narrative, findings)).isEqualTo("""
                The patient (NHS number [NHS number], NI [National Insurance number]) lives near [postcode]. \
                Afterwards my colleague emailed the team leader at [email address] and rang [phone number]; the \
                station is on [phone number].""");
    }

    @Test
    void anonymisesAContributorsAccountOfAnIncident() {
        String account = """
                Last Tuesday at 3am my colleague Sarah Jones and I were on call sign RRV 123 out of Hillside \
                Ambulance Station, working for YAS. Paramedic Okafor made comments about my body in the cab of \
                YL62 ABC. I reported it to Dr J. Patel at Leeds Teaching Hospitals NHS Trust on 12 March 2023, \
                giving my staff number 1234567. She lives in Bath now.""";

        List<Finding> findings = standard.analyse(account);

        assertThat(findings)
                .extracting(Finding::type, Finding::text)
                .containsExactly(
                        tuple(DATE, "Last Tuesday at 3am"),
                        tuple(PERSON_NAME, "Sarah Jones"),
                        tuple(CALL_SIGN, "RRV 123"),
                        tuple(PLACE, "Hillside"),
                        tuple(AMBULANCE_SERVICE, "YAS"),
                        tuple(PERSON_NAME, "Okafor"),
                        tuple(VEHICLE_REGISTRATION, "YL62 ABC"),
                        tuple(PERSON_NAME, "J. Patel"),
                        tuple(ORGANISATION, "Leeds Teaching Hospitals NHS Trust"),
                        tuple(DATE, "12 March 2023"),
                        tuple(STAFF_NUMBER, "1234567"),
                        tuple(PLACE, "Bath"));
        assertThat(standard.apply(account, findings)).isEqualTo("""
                Recently my colleague [name] and I were on call sign [call sign] out of [place] Ambulance Station, \
                working for [ambulance service]. Paramedic [name] made comments about my body in the cab of \
                [vehicle registration]. I reported it to Dr [name] at [organisation] on [date], giving my staff \
                number [staff number]. She lives in [place] now.""");
    }

    @Test
    void reportsANameInsideAnOrganisationsNameOnlyAsTheOrganisation() {
        assertThat(standard.analyse("She was taken from the London Ambulance Service to Queen Elizabeth Hospital."))
                .extracting(Finding::type, Finding::text)
                .containsExactly(
                        tuple(AMBULANCE_SERVICE, "London Ambulance Service"),
                        tuple(ORGANISATION, "Queen Elizabeth Hospital"));
    }

    @Test
    void theBuilderAddsAnInstallationsOrganisationsAndStationsToTheStandardDetectors() {
        String text = "Our ICB, NHS Calderdale Place, moved me from Brookside to the Low Moor post.";
        Anonymiser withDirectory = Anonymiser.builder()
                .withOrganisationNames(List.of("NHS Calderdale Place"))
                .withPlaceNames(List.of("Brookside Ambulance Station", "Low Moor"))
                .withStandardDetectors()
                .build();

        assertThat(standard.analyse(text)).isEmpty();
        assertThat(withDirectory.analyse(text))
                .extracting(Finding::type, Finding::text)
                .containsExactly(
                        tuple(ORGANISATION, "NHS Calderdale Place"),
                        tuple(PLACE, "Brookside"),
                        tuple(PLACE, "Low Moor"));
    }

    @Test
    void theStandardDetectorsAreAddedOnceHoweverOftenAskedFor() {
        Anonymiser twice = Anonymiser.builder()
                .withStandardDetectors()
                .withDetector(text -> List.of(Finding.of(PLACE, text, 0, 2, 0.5)))
                .withStandardDetectors()
                .build();

        assertThat(twice.analyse("Zq Smith rang")).extracting(Finding::text).containsExactly("Zq", "Smith");
        assertThat(twice.analyse("ab Smith rang")).extracting(Finding::text).containsExactly("ab", "Smith");
    }

    @Test
    void namesNeedTheStandardDetectorsTheyExtend() {
        assertThatIllegalStateException().isThrownBy(
                () -> Anonymiser.builder().withOrganisationNames(List.of("LTHT")).build());
        assertThatIllegalStateException().isThrownBy(() -> Anonymiser.builder()
                .withDetector(text -> List.of())
                .withPlaceNames(List.of("Brookside"))
                .build());
    }

    @Test
    void theStandardAnonymiserIsShared() {
        assertThat(Anonymiser.standard()).isSameAs(standard);
    }

    @Test
    void leavesATextWithoutIdentifiersAlone() {
        String text = "The crew of two attended 3 calls on the M1 near junction 42 and then went back to the station.";

        assertThat(standard.analyse(text)).isEmpty();
        assertThat(standard.apply(text, List.of())).isEqualTo(text);
    }

    @Test
    void reportsAnNhsNumberThatIsAlsoAValidPhoneNumberOnlyAsAnNhsNumber() {
        assertThat(standard.analyse("call 0800123018 or 080 012 3018"))
                .extracting(Finding::type, Finding::text)
                .containsExactly(tuple(NHS_NUMBER, "0800123018"), tuple(NHS_NUMBER, "080 012 3018"));
    }

    @Test
    void dropsAPostcodeInsideAnEmailAddress() {
        assertThat(standard.analyse("write to ls14ap@example.com"))
                .extracting(Finding::type, Finding::text)
                .containsExactly(tuple(EMAIL_ADDRESS, "ls14ap@example.com"));
    }

    @Test
    void analyseMergesTheFindingsOfAllDetectorsSortedByStart() {
        Anonymiser anonymiser = Anonymiser.builder()
                .withDetector(text -> List.of(finding(PHONE_NUMBER, 24, 36, 0.9)))
                .withDetector(text -> List.of(finding(PLACE, 13, 18, 0.6), finding(PERSON_NAME, 0, 9, 0.8)))
                .build();

        assertThat(anonymiser.analyse(TEXT))
                .extracting(Finding::type, Finding::text)
                .containsExactly(
                        tuple(PERSON_NAME, "Jo Bloggs"), tuple(PLACE, "Leeds"), tuple(PHONE_NUMBER, "07700 900123"));
    }

    @Test
    void analyseDropsAFindingInsideALongerOne() {
        Anonymiser anonymiser = Anonymiser.builder()
                .withDetector(text -> List.of(finding(PERSON_NAME, 3, 9, 0.99)))
                .withDetector(text -> List.of(finding(PERSON_NAME, 0, 9, 0.5)))
                .build();

        assertThat(anonymiser.analyse(TEXT)).extracting(Finding::text).containsExactly("Jo Bloggs");
    }

    @Test
    void analyseKeepsTheMoreConfidentOfTwoFindingsOfTheSameSpan() {
        Anonymiser anonymiser = Anonymiser.builder()
                .withDetector(text -> List.of(finding(PLACE, 0, 9, 0.4)))
                .withDetector(text -> List.of(finding(PERSON_NAME, 0, 9, 0.8)))
                .withDetector(text -> List.of(finding(PERSON_NAME, 0, 9, 0.8)))
                .build();

        assertThat(anonymiser.analyse(TEXT))
                .extracting(Finding::type, Finding::confidence)
                .containsExactly(tuple(PERSON_NAME, 0.8));
    }

    @Test
    void analyseKeepsFindingsThatOnlyPartlyOverlapForAPersonToChoose() {
        Anonymiser anonymiser = Anonymiser.builder()
                .withDetector(text -> List.of(finding(PERSON_NAME, 0, 9, 0.8), finding(PLACE, 3, 18, 0.5)))
                .build();

        assertThat(anonymiser.analyse(TEXT)).extracting(Finding::text).containsExactly("Jo Bloggs", "Bloggs of Leeds");
    }

    @Test
    void analyseRejectsAFindingBeyondTheEndOfTheText() {
        Anonymiser anonymiser = Anonymiser.builder()
                .withDetector(text -> List.of(new Finding(2, 40, PLACE, "x".repeat(38), "[place]", 0.5)))
                .build();

        assertThatIllegalStateException().isThrownBy(() -> anonymiser.analyse("short text"));
    }

    @Test
    void anAnonymiserNeedsADetector() {
        assertThatIllegalStateException().isThrownBy(() -> Anonymiser.builder().build());
    }

    @Test
    void applyReplacesEveryAcceptedFindingWhateverTheirOrder() {
        List<Finding> accepted = List.of(
                finding(PHONE_NUMBER, 24, 36, 0.9),
                finding(PERSON_NAME, 0, 9, 0.8),
                finding(PLACE, 13, 18, 0.6).withReplacement("a city"));

        assertThat(standard.apply(TEXT, accepted)).isEqualTo("[name] of a city rang [phone number] about it");
    }

    @Test
    void applyKeepsTheFirstOfOverlappingFindings() {
        List<Finding> accepted = List.of(
                finding(PLACE, 3, 18, 0.5),
                finding(PERSON_NAME, 0, 9, 0.8),
                finding(PERSON_NAME, 3, 9, 0.8),
                finding(PHONE_NUMBER, 24, 36, 0.9));

        assertThat(standard.apply(TEXT, accepted)).isEqualTo("[name] of Leeds rang [phone number] about it");
    }

    @Test
    void applyPrefersTheLongerOfFindingsStartingTogether() {
        List<Finding> accepted = List.of(finding(PERSON_NAME, 0, 2, 0.9), finding(PERSON_NAME, 0, 9, 0.8));

        assertThat(standard.apply(TEXT, accepted)).startsWith("[name] of Leeds");
    }

    @Test
    void applyRejectsAFindingBeyondTheEndOfTheText() {
        Finding beyond = new Finding(40, 50, PLACE, "x".repeat(10), "[place]", 0.5);

        assertThatIllegalArgumentException().isThrownBy(() -> standard.apply(TEXT, List.of(beyond)));
    }

    @Test
    void applyRejectsAFindingOfAnotherVersionOfTheText() {
        Finding stale = finding(PERSON_NAME, 0, 9, 0.8);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> standard.apply("Al Smithe of Leeds rang 07700 900123 about it", List.of(stale)))
                .withMessageNotContaining("Jo Bloggs");
    }

    /**
     * About 100,000 characters each: enough for backtracking or a quadratic loop to take minutes. None of them
     * reaches libphonenumber, whose speed on digit-heavy text is not ours to test. The later ones repeat what the
     * word-based detectors extend a finding over.
     */
    static Stream<String> pathologicalTexts() {
        return Stream.of(
                "a".repeat(100_000) + "@",
                "@".repeat(100_000),
                "a.".repeat(25_000) + "@" + "b.".repeat(25_000),
                "x@" + "a-".repeat(50_000),
                "1".repeat(100_000),
                "AB 12 ".repeat(16_000),
                "M1 1".repeat(25_000),
                "943 476 ".repeat(12_500),
                "Sarah ".repeat(16_000),
                "Mr Mr Mr ".repeat(11_000),
                "Leeds and ".repeat(10_000),
                "St ".repeat(33_000) + "Hospital",
                "Leeds ".repeat(16_000) + "Ambulance Station",
                "and ".repeat(25_000) + "NHS Trust",
                "12 March ".repeat(11_000),
                "last Tuesday at ".repeat(6_000) + "3am",
                "1:1:".repeat(25_000),
                "staff number ".repeat(7_500) + "1234567",
                "call sign RRV ".repeat(7_000),
                "AB12 ".repeat(20_000));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("pathologicalTexts")
    void analysesPathologicalTextsInLinearTime(String text) {
        // Linear work takes a fraction of a second here; backtracking or a quadratic loop takes minutes. The bound
        // is generous so that a busy machine never fails the test.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> standard.analyse(text));
    }

    private static Finding finding(FindingType type, int start, int end, double confidence) {
        return Finding.of(type, TEXT, start, end, confidence);
    }
}
