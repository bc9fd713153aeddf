package uk.sexualsafety.cop.portal.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sign-ins kept in Spring Session's JDBC tables, shared by every portal node. Each holds only the account id, a
 * coarse device label and when it began; the person's roles are read afresh on every request.
 */
@Service
public class SignInSessions {

    static final String ACCOUNT_ID = "portal.accountId";
    static final String DEVICE = "portal.device";
    static final String SIGNED_IN_AT = "portal.signedInAt";
    static final String SECOND_FACTOR = "portal.secondFactor";

    /** Writing the last-access time at every request would cost a database write per click. */
    private static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

    private final FindByIndexNameSessionRepository<? extends Session> repository;
    private final Clock clock;

    SignInSessions(FindByIndexNameSessionRepository<? extends Session> repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Starts a sign-in with a new, unguessable id, without a second factor. */
    public SignIn start(long accountId, String device) {
        return start(accountId, device, false);
    }

    /** Starts a sign-in with a new, unguessable id; {@code secondFactor} when it passed one. */
    public SignIn start(long accountId, String device, boolean secondFactor) {
        Session session = repository.createSession();
        Instant now = clock.instant();
        session.setAttribute(ACCOUNT_ID, accountId);
        session.setAttribute(DEVICE, device);
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(SECOND_FACTOR, secondFactor);
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principalName(accountId));
        save(session);
        return toSignIn(session);
    }

    /**
     * The live sign-in with this id, its last activity brought up to date unless {@code passive} (heartbeats must
     * not keep an idle sign-in alive).
     */
    public Optional<SignIn> find(String id, boolean passive) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        Session session = repository.findById(id);
        if (session == null || session.getAttribute(ACCOUNT_ID) == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!passive && session.getLastAccessedTime().plus(TOUCH_INTERVAL).isBefore(now)) {
            session.setLastAccessedTime(now);
            save(session);
        }
        return Optional.of(toSignIn(session));
    }

    public List<SignIn> listFor(long accountId) {
        return repository.findByPrincipalName(principalName(accountId)).values().stream()
                .filter(session -> !session.isExpired())
                .map(SignInSessions::toSignIn)
                .sorted(Comparator.comparing(SignIn::lastActiveAt).reversed())
                .toList();
    }

    public void end(String id) {
        repository.deleteById(id);
    }

    /** Ends every sign-in of the account except the one given (which may be null to end all); returns how many. */
    public int endAllExcept(long accountId, String keptId) {
        int ended = 0;
        for (String id : repository.findByPrincipalName(principalName(accountId)).keySet()) {
            if (!id.equals(keptId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    @SuppressWarnings("unchecked")
    private void save(Session session) {
        ((FindByIndexNameSessionRepository<Session>) repository).save(session);
    }

    private static String principalName(long accountId) {
        return Long.toString(accountId);
    }

    private static SignIn toSignIn(Session session) {
        Long accountId = session.getAttribute(ACCOUNT_ID);
        String device = session.getAttribute(DEVICE);
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT);
        Boolean secondFactor = session.getAttribute(SECOND_FACTOR);
        return new SignIn(session.getId(), accountId, device == null ? "Unknown browser" : device,
                signedInAt == null ? session.getCreationTime() : signedInAt, session.getLastAccessedTime(),
                Boolean.TRUE.equals(secondFactor));
    }
}
