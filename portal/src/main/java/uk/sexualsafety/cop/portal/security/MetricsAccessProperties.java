package uk.sexualsafety.cop.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** The addresses (or CIDR ranges) from which the Prometheus endpoint may be scraped. */
@ConfigurationProperties("portal.metrics")
public record MetricsAccessProperties(List<String> allowedAddresses) {

    public MetricsAccessProperties {
        allowedAddresses = allowedAddresses == null || allowedAddresses.isEmpty()
                ? List.of("127.0.0.1/32", "::1/128") : List.copyOf(allowedAddresses);
    }
}
