package uk.sexualsafety.cop.portal.security;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in form as the sign-in page hands it to a browser: the page's session and the CSRF token its meta tags
 * carry, for tests that post the form over HTTP as the browser would.
 */
record SignInForm(String sessionCookie, String tokenParameter, String token) {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\">");

    /** The form of the sign-in page in {@code page} (the answer to a GET of /login). */
    static SignInForm of(HttpResponse<String> page) {
        String parameter = null;
        String value = null;
        for (Matcher meta = META.matcher(page.body()); meta.find(); ) {
            if (meta.group(1).equals("_csrf_parameter")) {
                parameter = meta.group(2);
            } else {
                value = meta.group(2);
            }
        }
        assertThat(parameter).as("the page's _csrf_parameter meta tag").isNotNull();
        assertThat(value).as("the page's _csrf meta tag").isNotNull();
        return new SignInForm(cookie(page, "JSESSIONID").split(";", 2)[0], parameter, value);
    }

    /** The form's body with these details and the page's token. */
    String body(String email, String password) {
        return withoutToken(email, password) + "&" + tokenParameter + "=" + encode(token);
    }

    /** The body a page on another site would post: the details alone. */
    static String withoutToken(String email, String password) {
        return "username=" + encode(email) + "&password=" + encode(password);
    }

    static String cookie(HttpResponse<?> response, String name) {
        return setCookies(response).stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies(response)));
    }

    static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
