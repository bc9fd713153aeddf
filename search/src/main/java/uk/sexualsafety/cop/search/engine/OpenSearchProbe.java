package uk.sexualsafety.cop.search.engine;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Asks the OpenSearch cluster, before Hibernate Search starts, whether it is there and of a version the portal works
 * with, so that a wrong address, wrong credentials or an unsupported version stop the start-up with one message
 * naming the setting to change, instead of a portal that starts half-way.
 */
public final class OpenSearchProbe {

    public static final String URIS = "portal.search.opensearch.uris";
    public static final String USERNAME = "portal.search.opensearch.username";
    public static final String PASSWORD = "portal.search.opensearch.password";

    /** The majors the Elasticsearch backend of Hibernate Search 8.2 and the portal's analysis are tested on. */
    public static final String SUPPORTED = "OpenSearch 2.x and 3.x";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;

    /** A probe that trusts what Java's trust store trusts. */
    public OpenSearchProbe() {
        this(ClusterTrust.of(null));
    }

    public OpenSearchProbe(ClusterTrust trust) {
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).sslContext(trust.sslContext()).build();
    }

    /**
     * The cluster's version number, such as "3.3.0".
     *
     * @param uris     the first of these comma-separated addresses is asked
     * @throws SearchEngineStartupException when it cannot be asked, refuses the credentials, or is not a supported
     *                                      OpenSearch
     */
    public String version(String uris, String username, String password) {
        if (uris == null || uris.isBlank()) {
            throw new SearchEngineStartupException(SearchEngine.SETTING + " is opensearch, but " + URIS
                    + " is not set.", "Set " + URIS + " to the cluster's address, such as "
                    + "https://search.internal:9200, "
                    + "with " + USERNAME + " and " + PASSWORD + ".");
        }
        String address = uris.split(",")[0].strip();
        HttpResponse<String> answer = ask(address, username, password);
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new SearchEngineStartupException("OpenSearch at " + address + " refused the portal's credentials "
                    + "(HTTP " + answer.statusCode() + ").", "Check " + USERNAME + " and " + PASSWORD + ".");
        }
        return supportedVersion(address, answer.statusCode(), answer.body());
    }

    /** The version in the cluster's answer to {@code GET /}, when it is a supported OpenSearch. */
    static String supportedVersion(String address, int status, String body) {
        String distribution = "";
        String number = "";
        try {
            JsonObject version = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("version");
            if (version != null) {
                // Elasticsearch names no distribution.
                distribution = version.has("distribution") ? version.get("distribution").getAsString()
                        : "elasticsearch";
                number = version.has("number") ? version.get("number").getAsString() : "";
            }
        } catch (JsonParseException | IllegalStateException | ClassCastException notJson) {
            // Described below as an unexpected answer.
        }
        if (status != 200 || number.isEmpty()) {
            throw new SearchEngineStartupException("The service at " + address + " (" + URIS + ") did not answer as "
                    + "OpenSearch does (HTTP " + status + ").", "Set " + URIS + " to the address of an OpenSearch "
                    + "cluster (" + SUPPORTED + ").");
        }
        String major = number.split("\\.")[0];
        if (!"opensearch".equals(distribution) || !("2".equals(major) || "3".equals(major))) {
            throw new SearchEngineStartupException("The search cluster at " + address + " is " + distribution + " "
                    + number + ", which the portal does not support.", "Use " + SUPPORTED + ", or set "
                    + SearchEngine.SETTING + "=lucene.");
        }
        return number;
    }

    private HttpResponse<String> ask(String address, String username, String password) {
        try {
            URI root = URI.create(address.endsWith("/") ? address : address + "/");
            HttpRequest.Builder request = HttpRequest.newBuilder(root).timeout(TIMEOUT).GET();
            if (username != null && !username.isBlank()) {
                String pair = username + ":" + (password == null ? "" : password);
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException badAddress) {
            throw new SearchEngineStartupException(URIS + " is not an address: \"" + address + "\".",
                    "Set " + URIS + " to the cluster's address, such as https://search.internal:9200.", badAddress);
        } catch (SSLHandshakeException untrusted) {
            throw new SearchEngineStartupException("OpenSearch at " + address + " (" + URIS + ") presented a "
                    + "certificate the portal does not trust: " + reason(untrusted) + ".", "Set "
                    + ClusterTrust.CERTIFICATE_AUTHORITY + " to the PEM file of the certificate authority that signed "
                    + "it (or add that authority to Java's trust store), and check that the certificate names the "
                    + "address the portal uses.", untrusted);
        } catch (IOException unreachable) {
            throw new SearchEngineStartupException("The portal could not reach OpenSearch at " + address + " ("
                    + URIS + "): " + reason(unreachable) + ".", "Start the cluster, or set " + URIS
                    + " to one that is running, or set " + SearchEngine.SETTING + "=lucene.", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SearchEngineStartupException("The start-up was interrupted while asking OpenSearch at "
                    + address + " for its version.", "Start the portal again.", interrupted);
        }
    }

    private static String reason(IOException failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        return message == null || message.isBlank() ? deepest.getClass().getSimpleName() : message;
    }
}
