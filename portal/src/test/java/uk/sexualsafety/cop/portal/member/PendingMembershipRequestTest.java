package uk.sexualsafety.cop.portal.member;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PendingMembershipRequestTest {

    private static final PendingMembershipRequest REQUEST = new PendingMembershipRequest(1, "Priya Shah",
            "priya.shah@swast.nhs.uk", "Educator", "South Western Ambulance Service NHS Foundation Trust", null,
            Instant.EPOCH, 0);

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, true",
            "'', true",
            "'   ', true",
            "priya, true",
            "SHAH, true",
            "' priya.shah@swast ', true",
            "south western, true",
            "educator, false",
            "jordan, false"})
    void findsARequestByNameEmailAddressOrOrganisation(String text, boolean found) {
        assertThat(REQUEST.matches(text)).isEqualTo(found);
    }
}
