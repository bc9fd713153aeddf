package uk.sexualsafety.cop.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.BrowserTest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running portal answers over HTTP, below the browser: a sign-in posted from another site is refused,
 * cookies are Secure when the request came over HTTPS through a trusted proxy (and only then), and every page
 * carries its Content-Security-Policy with a nonce on the page's own scripts. It uses the browser journeys' running
 * portal, without opening a browser.
 */
@BrowserTest
class SecureDefaultsIT {

    @Autowired
    TestAccounts accounts;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        String session = sessionCookie(get(http, "/login", Optional.empty()));

        HttpResponse<String> withoutSession = post(http, SignInForm.withoutToken(member.email(), member.password()), null, "https://evil.example");
        HttpResponse<String> withSessionButNoToken = post(http, SignInForm.withoutToken(member.email(), member.password()), session,
                "https://evil.example");

        for (HttpResponse<String> refused : List.of(withoutSession, withSessionButNoToken)) {
            assertThat(setCookies(refused)).noneMatch(cookie -> cookie.startsWith("PORTAL_SIGNIN="));
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to ->
                    assertThat(to).endsWith("/login?refused"));
        }
    }

    @Test
    void theSignInFormSignsInWithTheTokenItsPageCarries() throws Exception {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        HttpResponse<String> page = get(http, "/login", Optional.empty());

        HttpResponse<String> signedIn = post(http, SignInForm.of(page).body(member.email(), member.password()), sessionCookie(page), null);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        assertThat(cookie(signedIn, "PORTAL_SIGNIN"))
                .contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void cookiesAreSecureWhenATrustedProxyForwardedAnHttpsRequest() throws Exception {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        HttpResponse<String> page = get(http, "/login", Optional.of("https"));

        HttpResponse<String> signedIn = post(http, SignInForm.of(page).body(member.email(), member.password()), sessionCookie(page), null,
                "https");

        assertThat(cookie(page, "JSESSIONID")).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(cookie(signedIn, "PORTAL_SIGNIN")).contains("Secure").contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(cookie(signedIn, "JSESSIONID")).contains("Secure");
    }

    @Test
    void aForwardedSchemeFromAnUntrustedAddressIsIgnored() throws Exception {
        HttpClient untrusted = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        HttpResponse<String> page = get(untrusted, "/login", Optional.of("https"));

        HttpResponse<String> signedIn = post(untrusted, SignInForm.of(page).body(member.email(), member.password()), sessionCookie(page), null,
                "https");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(cookie(page, "JSESSIONID")).doesNotContain("Secure");
        assertThat(cookie(signedIn, "PORTAL_SIGNIN")).doesNotContain("Secure");
    }

    @Test
    void everyPageCarriesAStrictPolicyAndNoncesOnItsOwnScripts() throws Exception {
        HttpResponse<String> page = get(http, "/", Optional.empty());

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertThat(nonce.find()).isTrue();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                "base-uri 'self'", "form-action 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(Pattern.compile("<script\\b[^>]*>").matcher(page.body()).results()
                .map(tag -> tag.group()).toList())
                .isNotEmpty()
                .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(permissions ->
                assertThat(permissions).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(get(http, "/", Optional.empty()).headers().firstValue("Content-Security-Policy"))
                .as("a new nonce for each response").isNotEqualTo(Optional.of(policy));
    }

    @Test
    void theBrowsersFirstRequestForAnIconFindsOne() throws Exception {
        HttpResponse<String> icon = get(http, "/favicon.ico", Optional.empty());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/"));
    }

    private HttpResponse<String> get(HttpClient client, String path, Optional<String> forwardedProto)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(address(path));
        forwardedProto.ifPresent(proto -> request.header("X-Forwarded-Proto", proto));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String form, String session, String origin)
            throws IOException, InterruptedException {
        return post(client, form, session, origin, null);
    }

    private HttpResponse<String> post(HttpClient client, String form, String session, String origin,
                                      String forwardedProto) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(address("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            request.header("Cookie", session);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** By address, not name: a client bound to 127.0.0.2 cannot reach "localhost" if it resolves to ::1. */
    private URI address(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return SignInForm.cookie(response, "JSESSIONID").split(";", 2)[0];
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return SignInForm.cookie(response, name);
    }

    private static List<String> setCookies(HttpResponse<String> response) {
        return SignInForm.setCookies(response);
    }
}
