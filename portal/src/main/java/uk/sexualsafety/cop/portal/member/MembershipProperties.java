package uk.sexualsafety.cop.portal.member;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Locale;

/** The email domains from which people may ask to join: NHS domains by default, and their subdomains. */
@ConfigurationProperties("portal.membership")
public record MembershipProperties(List<String> allowedEmailDomains) {

    public MembershipProperties {
        allowedEmailDomains = (allowedEmailDomains == null || allowedEmailDomains.isEmpty()
                ? List.of("nhs.net", "nhs.uk", "nhs.scot", "wales.nhs.uk", "hscni.net")
                : allowedEmailDomains).stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
    }

    public boolean allows(String domain) {
        String candidate = domain.toLowerCase(Locale.ROOT);
        return allowedEmailDomains.stream()
                .anyMatch(allowed -> candidate.equals(allowed) || candidate.endsWith("." + allowed));
    }
}
