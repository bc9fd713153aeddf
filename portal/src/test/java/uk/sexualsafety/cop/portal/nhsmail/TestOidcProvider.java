package uk.sexualsafety.cop.portal.nhsmail;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider in the test JVM (no.nav.security's mock-oauth2-server), started once and shared
 * by every test context that signs in with NHSmail. Each test says who the next person signing in is.
 */
public final class TestOidcProvider {

    static final String ISSUER_ID = "nhsmail";
    static final String CLIENT_ID = "portal-test-client";
    static final String CLIENT_SECRET = "portal-test-secret";

    private static final MockOAuth2Server SERVER = start();
    /** The portal and the browser reach the provider through this, so that a test can make it unreachable. */
    private static final LoopbackProxy LINE = proxyTo(SERVER);

    private TestOidcProvider() {
    }

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    private static LoopbackProxy proxyTo(MockOAuth2Server server) {
        try {
            return new LoopbackProxy(server.baseUrl().port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider names itself after the address it is reached at (the relay's). */
    public static String issuer() {
        return "http://127.0.0.1:" + LINE.port() + "/" + ISSUER_ID;
    }

    /** The next person to sign in, as NHSmail would describe them in the ID token. */
    public static void nextSignInAs(Map<String, Object> claims) {
        SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, UUID.randomUUID().toString(), "JWT",
                List.of(CLIENT_ID), claims, 3600));
    }

    /** A verified NHSmail address. */
    public static void nextSignInAs(String email, String name) {
        nextSignInAs(Map.of("email", email, "email_verified", true, "name", name));
    }

    /** Runs the steps while the provider cannot be reached at all, then restores it. */
    public static void whileUnreachable(Runnable steps) {
        LINE.cut();
        try {
            steps.run();
        } finally {
            LINE.restore();
        }
    }
}
