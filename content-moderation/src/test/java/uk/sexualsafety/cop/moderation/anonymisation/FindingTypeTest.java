package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FindingTypeTest {

    @ParameterizedTest(name = "{0} is replaced by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EMAIL_ADDRESS             | [email address]
            PHONE_NUMBER              | [phone number]
            NHS_NUMBER                | [NHS number]
            NATIONAL_INSURANCE_NUMBER | [National Insurance number]
            POSTCODE                  | [postcode]
            PERSON_NAME               | [name]
            ORGANISATION              | [organisation]
            AMBULANCE_SERVICE         | [ambulance service]
            PLACE                     | [place]
            DATE                      | [date]
            STAFF_NUMBER              | [staff number]
            CALL_SIGN                 | [call sign]
            VEHICLE_REGISTRATION      | [vehicle registration]
            """)
    void eachTypeHasItsLabelInSquareBracketsAsDefaultReplacement(FindingType type, String replacement) {
        assertThat(type.defaultReplacement()).isEqualTo(replacement);
        assertThat("[" + type.label() + "]").isEqualTo(replacement);
    }

    @Test
    void everyTypeIsInTheTable() {
        assertThat(FindingType.values()).hasSize(13);
    }
}
