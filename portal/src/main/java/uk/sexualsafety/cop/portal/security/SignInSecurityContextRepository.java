package uk.sexualsafety.cop.portal.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps each person's sign-in in the shared session store under its own cookie, while the servlet container's
 * session keeps only Vaadin's UI state on its node. Every request reads the sign-in afresh, so ending it (from
 * "Your sessions", an administrator, or another node) signs the person out at their next interaction; the
 * container session that belonged to an ended sign-in is invalidated so that no Vaadin UI outlives it.
 */
public class SignInSecurityContextRepository implements SecurityContextRepository {

    public static final String COOKIE_NAME = "PORTAL_SIGNIN";
    /** Marks the container session with the sign-in it was used under. */
    static final String CONTAINER_SESSION_SIGN_IN = SignInSecurityContextRepository.class.getName() + ".signIn";
    /** The sign-in of the current request, for "Your sessions" to mark this device. */
    public static final String CURRENT_SIGN_IN = SignInSecurityContextRepository.class.getName() + ".current";
    /** A {@link PendingSecondFactor} when this request's sign-in still waits for its second factor. */
    static final String PENDING_SECOND_FACTOR = SignInSecurityContextRepository.class.getName() + ".pending";

    private final SignInSessions signIns;
    private final AccountUserDetailsService users;
    private final SecondFactorProperties secondFactor;
    private final boolean secureCookie;

    public SignInSecurityContextRepository(SignInSessions signIns, AccountUserDetailsService users,
                                           SignInProperties properties, SecondFactorProperties secondFactor) {
        this.signIns = signIns;
        this.users = users;
        this.secondFactor = secondFactor;
        this.secureCookie = properties.secureCookie();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = load(request);
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    private SecurityContext load(HttpServletRequest request) {
        Optional<SignIn> signIn = cookieValue(request).flatMap(id -> signIns.find(id, isHeartbeat(request)));
        Optional<PortalUser> user = signIn.flatMap(s -> users.activeUser(s.accountId()));
        if (signIn.isPresent() && user.isEmpty()) {
            // The account was suspended or removed: its sign-ins end with it.
            signIns.end(signIn.get().id());
            signIn = Optional.empty();
        }
        bindContainerSession(request, signIn.map(SignIn::id).orElse(null));
        if (user.isEmpty()) {
            return SecurityContextHolder.createEmptyContext();
        }
        if (secondFactor.requiredFor(user.get().roles()) && !signIn.get().secondFactor()) {
            // Also when a role that needs one was given since this sign-in began: it counts from the next click.
            request.setAttribute(PENDING_SECOND_FACTOR, new PendingSecondFactor(signIn.get().id(),
                    user.get().accountId()));
            return SecurityContextHolder.createEmptyContext();
        }
        request.setAttribute(CURRENT_SIGN_IN, signIn.get().id());
        return new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
    }

    /**
     * A container session belongs to one sign-in (or to none). When that sign-in is gone, or the browser now shows
     * another one, the session and the Vaadin UI in it are discarded.
     */
    private static void bindContainerSession(HttpServletRequest request, String signInId) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            Object boundTo = session.getAttribute(CONTAINER_SESSION_SIGN_IN);
            if (boundTo != null && !boundTo.equals(signInId)) {
                session.invalidate();
            } else if (boundTo == null && signInId != null) {
                session.setAttribute(CONTAINER_SESSION_SIGN_IN, signInId);
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // Another request of the same browser got there first: nothing left to do.
        }
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        Optional<String> current = cookieValue(request);
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof SignInPrincipal principal)) {
            current.ifPresent(signIns::end);
            if (current.isPresent()) {
                writeCookie(request, response, "", 0);
            }
            return;
        }
        // Only a sign-in stores an authenticated context, and every sign-in gets a new id.
        current.ifPresent(signIns::end);
        startSignIn(principal.accountId(), principal.passedSecondFactor(), request, response);
    }

    /**
     * Ends this request's sign-in that waited for its second factor and starts one with a new id that has passed
     * it, as a sign-in does: a raised level of trust never keeps an id that was handed out before.
     */
    public void completeSecondFactor(HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(PENDING_SECOND_FACTOR) instanceof PendingSecondFactor pending)) {
            throw new IllegalStateException("This request has no sign-in waiting for a second factor");
        }
        signIns.end(pending.signInId());
        request.removeAttribute(PENDING_SECOND_FACTOR);
        startSignIn(pending.accountId(), true, request, response);
    }

    /** The sign-in of this request that waits for its second factor, if any. */
    public static Optional<PendingSecondFactor> pendingSecondFactor(HttpServletRequest request) {
        return request.getAttribute(PENDING_SECOND_FACTOR) instanceof PendingSecondFactor pending
                ? Optional.of(pending) : Optional.empty();
    }

    private void startSignIn(long accountId, boolean passedSecondFactor, HttpServletRequest request,
                             HttpServletResponse response) {
        SignIn signIn = signIns.start(accountId, DeviceLabel.fromUserAgent(request.getHeader("User-Agent")),
                passedSecondFactor);
        request.setAttribute(CURRENT_SIGN_IN, signIn.id());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(CONTAINER_SESSION_SIGN_IN, signIn.id());
        }
        // A browser-session cookie; the store, not the cookie, decides when the sign-in ends.
        writeCookie(request, response, signIn.id(), -1);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return cookieValue(request).flatMap(id -> signIns.find(id, true)).isPresent();
    }

    /** Ends the sign-in of this request, as signing out does. */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        saveContext(SecurityContextHolder.createEmptyContext(), request, response);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }

    private static Optional<String> cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE_NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }

    /**
     * Secure whenever the request came over HTTPS, directly or through a proxy the server trusts (Tomcat's remote IP
     * valve has then set the scheme from {@code X-Forwarded-Proto}), or always when configured so.
     */
    private void writeCookie(HttpServletRequest request, HttpServletResponse response, String value,
                             long maxAgeSeconds) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE_NAME, value)
                .httpOnly(true)
                .secure(secureCookie || request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAgeSeconds)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
