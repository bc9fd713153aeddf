package uk.sexualsafety.cop.portal.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipPropertiesTest {

    private final MembershipProperties nhsDomains = new MembershipProperties(null);

    @ParameterizedTest
    @ValueSource(strings = {"nhs.net", "NHS.NET", "nhs.uk", "lhch.nhs.uk", "nhs.scot", "wales.nhs.uk",
            "wales.nhs.uk", "hscni.net", "belfasttrust.hscni.net"})
    void nhsDomainsAndTheirSubdomainsMayAsk(String domain) {
        assertThat(nhsDomains.allows(domain)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmail.com", "nhs.net.example.com", "notnhs.net", "fakenhs.uk", "nhs.co", "net"})
    void otherDomainsMayNot(String domain) {
        assertThat(nhsDomains.allows(domain)).isFalse();
    }

    @Test
    void theAllowListIsConfigurable() {
        MembershipProperties configured = new MembershipProperties(List.of(" Example.ORG "));

        assertThat(configured.allows("team.example.org")).isTrue();
        assertThat(configured.allows("nhs.net")).isFalse();
    }
}
