package uk.sexualsafety.cop.portal.errors;

import java.nio.charset.StandardCharsets;

/**
 * The calm page shown while the database is unreachable: by the filter around every request, and by downloads
 * that find out themselves before their first byte.
 */
public final class DatabaseUnavailablePage {

    /** Asks the browser to try again after this many seconds. */
    public static final String RETRY_AFTER_SECONDS = "30";
    public static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private static final String PAGE = """
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Please try again shortly</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
            <main><h1>Please try again in a minute</h1>
            <p>The portal cannot reach its database just now. Nothing you have already saved is lost.
            This page will work again as soon as the database is back.</p>
            <h2>If you need help now</h2>
            <p>In an emergency call 999. Samaritans are free on 116 123, any time.</p></main>
            </body></html>
            """;

    private DatabaseUnavailablePage() {
    }

    public static byte[] bytes() {
        return PAGE.getBytes(StandardCharsets.UTF_8);
    }
}
