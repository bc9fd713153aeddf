package uk.sexualsafety.cop.portal.member;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "alex.example@nhs.net, nhs.net",
            "a.b-c+tag@lhch.nhs.uk, lhch.nhs.uk",
            "' padded@nhs.scot ', nhs.scot",
            "O'Neill@hscni.net, hscni.net"})
    void findsTheDomainOfAWellFormedAddress(String email, String domain) {
        assertThat(EmailAddresses.domainOf(email)).hasValue(domain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plainaddress", "@nhs.net", "name@", "name@nhs", "name@@nhs.net",
            "two..dots@nhs.net", "name@-nhs.net", "name with space@nhs.net", "name@nhs.net <script>"})
    void refusesMalformedAddresses(String email) {
        assertThat(EmailAddresses.domainOf(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {255, 1000})
    void refusesAddressesLongerThanTheStandardAllows(int length) {
        assertThat(EmailAddresses.domainOf("a".repeat(length - 8) + "@nhs.net")).isEmpty();
    }
}
