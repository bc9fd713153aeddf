package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in word lists are as the detectors expect them. */
class LexiconTest {

    @Test
    void theNameAndTownListsHaveSeveralHundredEntries() {
        assertThat(Lexicon.GIVEN_NAMES).hasSizeGreaterThan(300);
        assertThat(Lexicon.SURNAMES).hasSizeGreaterThan(300);
        assertThat(Lexicon.TOWNS).hasSizeGreaterThan(400);
    }

    @Test
    void everyOrdinaryWordIsANameOrATownOfTheLists() {
        var namesAndTowns = new HashSet<String>(Lexicon.GIVEN_NAMES);
        namesAndTowns.addAll(Lexicon.SURNAMES);
        namesAndTowns.addAll(Lexicon.ONE_WORD_TOWNS);

        assertThat(namesAndTowns).containsAll(Lexicon.ORDINARY_WORDS);
    }

    @Test
    void theOrdinaryWordsIncludeTheNamesThatAreEverydayWords() {
        assertThat(Lexicon.ORDINARY_WORDS).contains("will", "may", "grace", "hope", "bill", "mark", "rose", "bath",
                "reading", "street", "wells", "sale", "deal");
    }

    @Test
    void everyAmbulanceServiceOfTheUkIsListedWithItsShortForm() {
        assertThat(Lexicon.AMBULANCE_SERVICES).contains(
                "London Ambulance Service", "LAS", "North East Ambulance Service", "NEAS",
                "North West Ambulance Service", "NWAS", "Yorkshire Ambulance Service", "YAS",
                "East Midlands Ambulance Service", "EMAS", "West Midlands Ambulance Service", "WMAS",
                "East of England Ambulance Service", "EEAST", "South Central Ambulance Service", "SCAS",
                "South East Coast Ambulance Service", "SECAmb", "South Western Ambulance Service", "SWASFT",
                "Isle of Wight Ambulance Service", "IWAS", "Northern Ireland Ambulance Service", "NIAS",
                "Scottish Ambulance Service", "SAS", "Welsh Ambulance Service", "WAST");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"given-names.txt", "surnames.txt", "towns.txt"})
    void namesAndTownsAreWrittenWithACapitalOnceEach(String resource) {
        List<String> entries = Gazetteer.readPhrases(resource);

        assertThat(entries).allSatisfy(entry -> assertThat(Character.isUpperCase(entry.charAt(0))).isTrue());
        assertThat(entries).doesNotHaveDuplicates();
    }
}
