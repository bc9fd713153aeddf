package uk.sexualsafety.cop.portal.operations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.sexualsafety.cop.db.testing.TestDatabaseInitializer;
import uk.sexualsafety.cop.portal.Application;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ActiveProfiles("test")
class OperationsIT {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthReportsTheDatabaseAndTheSearchIndex() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"searchIndex\"");
    }

    @Test
    void prometheusMetricsAreServedToTheLocalMonitoringSystem() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/heapdump", "/actuator/beans"}) {
            HttpResponse<String> response = get(endpoint);
            assertThat(response.statusCode()).as(endpoint).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(endpoint).doesNotContain("spring.datasource", "propertySources");
        }
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
