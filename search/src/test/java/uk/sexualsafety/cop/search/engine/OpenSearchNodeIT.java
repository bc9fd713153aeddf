package uk.sexualsafety.cop.search.engine;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs with the integration tests, so that the node starts once per build, in their JVM. */
class OpenSearchNodeIT {

    @Test
    void theSharedNodeAnswersAsTheOpenSearchOfThisLeg() throws Exception {
        // 3 in the default leg, 2 in the second (search/pom.xml).
        String major = System.getProperty("opensearch.node.major", "3");
        String address = OpenSearchNode.shared().address();

        HttpResponse<String> root = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://" + address + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(root.body()).contains("\"distribution\" : \"opensearch\"").contains("\"number\" : \"" + major + ".");
        assertThat(OpenSearchNode.shared()).isSameAs(OpenSearchNode.shared());
    }
}
