package uk.sexualsafety.cop.search.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenSearch cluster as production has it, for tests: https with a certificate of its own authority, and a user
 * and password. It stands in front of the test node (which has neither: the runner carries no security plugin) and
 * passes on every authenticated request. The certificate is made for the test by the JDK's keytool.
 */
final class TlsFrontDoor implements AutoCloseable {

    static final String USERNAME = "portal";
    static final String PASSWORD = "a-test-password-for-the-front-door";
    private static final char[] STORE_PASSWORD = "front-door".toCharArray();

    private final HttpsServer server;
    private final Path certificateAuthority;
    private final AtomicInteger authenticatedRequests = new AtomicInteger();
    private final HttpClient toNode = HttpClient.newHttpClient();

    private TlsFrontDoor(HttpsServer server, Path certificateAuthority) {
        this.server = server;
        this.certificateAuthority = certificateAuthority;
    }

    /** Starts one on a free loopback port, in front of the node at {@code nodeAddress} ({@code host:port}). */
    static TlsFrontDoor before(String nodeAddress) {
        try {
            Path folder = Files.createTempDirectory("opensearch-tls");
            Path keyStore = folder.resolve("cluster.p12");
            Path authority = folder.resolve("cluster-authority.pem");
            keytool("-genkeypair", "-alias", "cluster", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                    "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD));
            keytool("-exportcert", "-rfc", "-alias", "cluster", "-keystore", keyStore.toString(),
                    "-storepass", new String(STORE_PASSWORD), "-file", authority.toString());
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keyStore)));
            server.setExecutor(Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory()));
            TlsFrontDoor door = new TlsFrontDoor(server, authority);
            server.createContext("/", exchange -> door.pass(exchange, nodeAddress));
            server.start();
            return door;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test certificate could not be used", e);
        }
    }

    /** The address the portal is given: https, on loopback, named as the certificate names it. */
    String uri() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    /** The PEM file of the authority that signed the front door's certificate. */
    Path certificateAuthority() {
        return certificateAuthority;
    }

    int authenticatedRequests() {
        return authenticatedRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        toNode.close();
    }

    private void pass(HttpExchange exchange, String nodeAddress) throws IOException {
        try (exchange) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            authenticatedRequests.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create("http://" + nodeAddress
                            + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            List<String> type = exchange.getRequestHeaders().get("Content-Type");
            if (type != null && !type.isEmpty()) {
                forward.header("Content-Type", type.getFirst());
            }
            HttpResponse<byte[]> answer = toNode.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Content-Type")
                    .ifPresent(value -> exchange.getResponseHeaders().add("Content-Type", value));
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(answer.statusCode(), head || answer.body().length == 0 ? -1
                    : answer.body().length);
            if (!head && answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static SSLContext serverContext(Path keyStore) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... arguments) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", interrupted);
        }
    }
}
