package uk.sexualsafety.cop.portal.cluster;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A load balancer for tests, doing what decision 043 asks of a real one (HAProxy's {@code cookie ... insert} with
 * {@code option redispatch}): a browser without its cookie goes to the first node that accepts a connection and is
 * given a cookie naming it; later requests go to the node the cookie names; when that node refuses the connection,
 * the request goes to the next node and the cookie is replaced. Plain HTTP, loopback only, no WebSocket (the portal
 * uses none).
 */
final class StickyBalancer implements AutoCloseable {

    static final String COOKIE = "PORTAL_NODE";
    /** Hop-by-hop headers and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
            "keep-alive", "transfer-encoding", "upgrade", "te", "trailer", "proxy-connection");

    private final Map<String, String> nodes = new LinkedHashMap<>();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicReference<Trap> trap = new AtomicReference<>();

    /** Something to do when the next request for a node arrives, before it is passed on. */
    private record Trap(String node, Runnable action) {
    }

    /** @param nodes each node's name (the cookie's value) and base address, in the order new browsers try them */
    StickyBalancer(Map<String, String> nodes) {
        this.nodes.putAll(nodes);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::forward);
        server.start();
    }

    String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The next request the browser sends to this node runs the action first: to kill the node mid-request. */
    void beforeNextRequestTo(String node, Runnable action) {
        trap.set(new Trap(node, action));
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            pass(exchange);
        } catch (IOException | RuntimeException failure) {
            // The server would only close the connection: the test's output says why.
            System.err.println("StickyBalancer: " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + " failed: " + failure);
            throw failure;
        }
    }

    private void pass(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Optional<String> stuck = cookie(exchange.getRequestHeaders());
            List<String> order = order(stuck.orElse(null));
            for (String node : order) {
                Trap armed = trap.get();
                if (armed != null && armed.node().equals(node) && trap.compareAndSet(armed, null)) {
                    armed.action().run();
                }
                HttpResponse<byte[]> answer;
                try {
                    answer = client.send(request(exchange, nodes.get(node), body),
                            HttpResponse.BodyHandlers.ofByteArray());
                } catch (ConnectException | HttpConnectTimeoutException refused) {
                    continue;
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (IOException brokenMidway) {
                    // The node went away while answering: like HAProxy, the browser gets a 502 (its request may
                    // have had effects, so it is not sent again).
                    reply(exchange, 502, new Headers(), new byte[0]);
                    return;
                }
                Headers headers = new Headers();
                answer.headers().map().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                        headers.put(name, new ArrayList<>(values));
                    }
                });
                // The node builds absolute redirects from its own address (the client cannot pass the Host on).
                headers.computeIfPresent("Location", (name, values) -> values.stream()
                        .map(location -> location.replace(nodes.get(node), baseUrl())).toList());
                if (!stuck.map(node::equals).orElse(false)) {
                    headers.add("Set-Cookie", COOKIE + "=" + node + "; Path=/; HttpOnly; SameSite=Lax");
                }
                reply(exchange, answer.statusCode(), headers, answer.body());
                return;
            }
            reply(exchange, 503, new Headers(), new byte[0]);
        }
    }

    /** The node the cookie names first, then the others in order. */
    private List<String> order(String stuck) {
        List<String> order = new ArrayList<>(nodes.keySet());
        if (stuck != null && order.remove(stuck)) {
            order.addFirst(stuck);
        }
        return order;
    }

    private HttpRequest request(HttpExchange exchange, String base, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    private static Optional<String> cookie(Headers headers) {
        return headers.getOrDefault("Cookie", List.of()).stream()
                .flatMap(line -> Arrays.stream(line.split(";")))
                .map(String::strip)
                .filter(pair -> pair.startsWith(COOKIE + "="))
                .map(pair -> pair.substring(COOKIE.length() + 1))
                .findFirst();
    }

    private static void reply(HttpExchange exchange, int status, Headers headers, byte[] body) throws IOException {
        exchange.getResponseHeaders().putAll(headers);
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod()) || status == 204
                || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }
}
