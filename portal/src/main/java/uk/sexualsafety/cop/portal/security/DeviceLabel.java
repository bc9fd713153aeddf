package uk.sexualsafety.cop.portal.security;

import java.util.Locale;

/**
 * A coarse description of a browser ("Firefox on Windows") so that people can tell their sessions apart. Only this
 * label is kept, never the full user agent.
 */
public final class DeviceLabel {

    private DeviceLabel() {
    }

    public static String fromUserAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return browser(agent) + " on " + system(agent);
    }

    private static String browser(String agent) {
        // Order matters: Edge and Opera also claim Chrome, and Chrome also claims Safari.
        if (agent.contains("edg/")) {
            return "Edge";
        }
        if (agent.contains("opr/")) {
            return "Opera";
        }
        if (agent.contains("firefox/")) {
            return "Firefox";
        }
        if (agent.contains("chrome/") || agent.contains("chromium/") || agent.contains("headlesschrome/")) {
            return "Chrome";
        }
        if (agent.contains("safari/")) {
            return "Safari";
        }
        return "Unknown browser";
    }

    private static String system(String agent) {
        if (agent.contains("android")) {
            return "Android";
        }
        if (agent.contains("iphone") || agent.contains("ipad")) {
            return "iOS";
        }
        if (agent.contains("windows")) {
            return "Windows";
        }
        if (agent.contains("mac os")) {
            return "macOS";
        }
        if (agent.contains("cros")) {
            return "ChromeOS";
        }
        if (agent.contains("linux")) {
            return "Linux";
        }
        return "an unknown system";
    }
}
