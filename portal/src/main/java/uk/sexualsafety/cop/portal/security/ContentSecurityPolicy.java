package uk.sexualsafety.cop.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser's second line against injected script and framing (decision 034): a Content-Security-Policy as strict
 * as Vaadin Flow allows, with a fresh nonce per response that {@code layout.PageNonces} puts on the page's own script and
 * style elements, so that no other inline script runs; a Permissions-Policy that turns off the device features the
 * portal never uses. Referrer-Policy and X-Frame-Options are set beside it in {@link SecurityConfiguration}.
 */
public final class ContentSecurityPolicy implements HeaderWriter {

    /** The request attribute holding this response's nonce. */
    public static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

    static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "autoplay=()", "camera=()",
            "display-capture=()", "encrypted-media=()", "geolocation=()", "gyroscope=()", "hid=()",
            "magnetometer=()", "microphone=()", "midi=()", "payment=()", "picture-in-picture=()",
            "screen-wake-lock=()", "serial=()", "usb=()", "xr-spatial-tracking=()");

    private final SecureRandom random = new SecureRandom();

    /**
     * The policy for a page whose own scripts carry this nonce. Why each source beyond {@code 'self'} is there:
     * <ul>
     *     <li>{@code script-src 'nonce-…'}: Flow's bootstrap page starts the client with inline scripts; only those
     *     carry the nonce, so an injected inline script or event handler does not run ({@code 'unsafe-inline'} is
     *     not given for scripts);</li>
     *     <li>{@code script-src 'unsafe-eval'}: Flow's client runs the JavaScript that the server sends (each
     *     {@code executeJs}, event data expressions) by constructing functions from it;</li>
     *     <li>{@code style-src 'unsafe-inline'}: Vaadin's client and components create {@code <style>} elements
     *     without a nonce as they load, and their templates and Flow's style API set {@code style} attributes;</li>
     *     <li>{@code img-src data:}, {@code font-src data:}: Lumo draws some icons and marks from data URLs in its
     *     stylesheets, and loads its icon font as one.</li>
     * </ul>
     */
    static String policy(String nonce) {
        String self = "'self'";
        return String.join("; ",
                "default-src " + self,
                "script-src " + self + " 'nonce-" + nonce + "' 'unsafe-eval'",
                "style-src " + self + " 'unsafe-inline'",
                "img-src " + self + " data:",
                "font-src " + self + " data:",
                "connect-src " + self,
                "object-src 'none'",
                "base-uri " + self,
                "form-action " + self,
                "frame-ancestors 'none'");
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String nonce = nonce();
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    }

    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
