package uk.sexualsafety.cop.portal.nhsmail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Keeps an address NHSmail vouched for in this browser's server session, for {@link #LIFETIME} at most. */
@Component
class ProvenAddresses {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String ATTRIBUTE = ProvenAddresses.class.getName();

    private final Clock clock;

    ProvenAddresses(Clock clock) {
        this.clock = clock;
    }

    void keep(HttpServletRequest request, ProvenAddress proven) {
        request.getSession(true).setAttribute(ATTRIBUTE, proven);
    }

    /** The address proven in this browser, unless it is older than its lifetime. */
    Optional<ProvenAddress> current() {
        return session().map(session -> session.getAttribute(ATTRIBUTE))
                .filter(ProvenAddress.class::isInstance)
                .map(ProvenAddress.class::cast)
                .filter(proven -> proven.provenAt().plus(LIFETIME).isAfter(clock.instant()));
    }

    void forget() {
        session().ifPresent(session -> session.removeAttribute(ATTRIBUTE));
    }

    private static Optional<HttpSession> session() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(false)) : Optional.empty();
    }
}
