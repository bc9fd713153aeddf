package uk.sexualsafety.cop.moderation.risk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImmediateRiskTest {

    private final ImmediateRisk risk = new ImmediateRisk();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Some nights I think about ending my life.                 | SELF_HARM",
            "I want to die when I think of going back on shift.        | SELF_HARM",
            "I have been hurting myself since it started.              | SELF_HARM",
            "I don’t want to be here any more.                         | SELF_HARM",
            "I feel suicidal most days.                                | SELF_HARM",
            "I can't go on like this.                                  | SELF_HARM",
            "He still touches me when we are on nights together.       | ONGOING_HARM",
            "It is happening every shift and nobody does anything.     | ONGOING_HARM",
            "I'm not safe at that station.                             | ONGOING_HARM",
            "He is outside my house as I write this.                   | ONGOING_HARM",
            "He threatened to hurt me if I told anyone.                | ONGOING_HARM",
            "She keeps messaging me after I asked her to stop.         | ONGOING_HARM"})
    void recognisesTextSuggestingSomeoneIsAtRiskNow(String text, ImmediateRisk.Kind kind) {
        assertThat(risk.assess(text)).containsExactly(kind);
        assertThat(risk.suggestsImmediateRisk(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A colleague made comments about my body on a night shift in 2021. I reported it and it stopped.",
            "We talked about suicide prevention training at the away day.",
            "The patient had harmed himself before we arrived; we treated the wound.",
            "I still think about how my manager supported me.",
            "It was the safest I had felt in months once he moved station.",
            ""})
    void leavesPastOrThirdPartyAccountsAlone(String text) {
        assertThat(risk.assess(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I WANT TO DIE", "i'm NOT SAFE here"})
    void ignoresLetterCase(String text) {
        assertThat(risk.suggestsImmediateRisk(text)).isTrue();
    }
}
