package uk.sexualsafety.cop.portal.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;
import uk.sexualsafety.cop.db.embedded.EmbeddedMariaDb;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DatabaseUnreachableFailureAnalyzerTest {

    private static final String URL = "jdbc:mariadb://db.example.org:3307/portal?user=portal&password=hunter2";

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", URL)
            .withProperty("spring.datasource.password", "s3cret");
    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(environment);

    @Test
    void explainsARefusedConnectionDeepInTheStartUpFailure() {
        Throwable failure = startUpFailure(new SQLNonTransientConnectionException(
                "Socket fail to connect to db.example.org:3307. Connection refused", "08000",
                new ConnectException("Connection refused")));

        FailureAnalysis analysis = analyzer.analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo(
                "The portal could not reach its MariaDB database at db.example.org:3307: Connection refused");
        assertThat(analysis.getAction()).isEqualTo(DatabaseUnreachableFailureAnalyzer.ACTION);
        assertThat(analysis.getCause()).isSameAs(failure);
    }

    @Test
    void explainsAPoolThatTimedOut() {
        FailureAnalysis analysis = analyzer.analyze(startUpFailure(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms.")));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).endsWith("db.example.org:3307: "
                + "HikariPool-1 - Connection is not available, request timed out after 5000ms.");
    }

    @Test
    void namesAHostThatDoesNotResolve() {
        FailureAnalysis analysis = analyzer.analyze(startUpFailure(new SQLNonTransientConnectionException(
                "Socket fail to connect to mariadb:3306. mariadb", "08000", new UnknownHostException("mariadb"))));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).endsWith(": unknown host mariadb");
    }

    @Test
    void neverShowsCredentialsOrUrlParameters() {
        FailureAnalysis analysis = analyzer.analyze(startUpFailure(new SQLNonTransientConnectionException(
                "Could not connect with password=hunter2 and s3cret", "08000")));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .doesNotContain("hunter2", "s3cret", "user=portal", "?")
                .contains("db.example.org:3307", "password=****");
    }

    @Test
    void leavesUnrelatedFailuresToOtherAnalyzers() {
        assertThat(analyzer.analyze(new IllegalStateException("Something else went wrong",
                new IllegalArgumentException("bad value")))).isNull();
    }

    @Test
    void leavesAWrongPasswordToOtherAnalyzers() {
        assertThat(analyzer.analyze(startUpFailure(new SQLInvalidAuthorizationSpecException(
                "Access denied for user 'portal'@'localhost' (using password: YES)", "28000")))).isNull();
    }

    @Test
    void leavesNetworkFailuresOutsideTheDatabaseToOtherAnalyzers() {
        assertThat(analyzer.analyze(new BeanCreationException("mailSender",
                "Could not reach the mail server", new ConnectException("Connection refused")))).isNull();
    }

    @Test
    void namesTheEmbeddedServerWhenNoUrlIsSet() {
        DatabaseUnreachableFailureAnalyzer embedded = new DatabaseUnreachableFailureAnalyzer(new MockEnvironment());

        FailureAnalysis analysis = embedded.analyze(startUpFailure(new SQLNonTransientConnectionException(
                "Socket fail to connect", "08000", new ConnectException("Connection refused"))));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo(
                "The portal could not reach its embedded MariaDB database at 127.0.0.1:3316: Connection refused");
        assertThat(analysis.getAction()).contains("portal.embedded-db.port", "SPRING_DATASOURCE_URL");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:mariadb://mariadb:3306/portal                                   | mariadb:3306
            jdbc:mariadb://mariadb/portal?sslMode=verify-full                    | mariadb:3306
            jdbc:mariadb://portal:secret@db.internal:3310/portal                 | db.internal:3310
            jdbc:mariadb://[::1]:3307/portal                                     | [::1]:3307
            jdbc:mariadb://[::1]/portal                                          | [::1]:3306
            jdbc:mariadb:replication://primary:3306,replica/portal               | primary:3306,replica:3306
            jdbc:mariadb://address=(host=db1)(port=3320)(type=primary)/portal    | db1:3320
            jdbc:mariadb:///portal                                               | localhost:3306
            """)
    void showsOnlyHostsAndPortsOfTheUrl(String url, String address) {
        assertThat(DatabaseUnreachableFailureAnalyzer.serverAddress(url)).isEqualTo(address);
    }

    /** The shape Spring gives a failed start: bean creation, Flyway's wrapper, then the driver's exception. */
    private static Throwable startUpFailure(Throwable driverFailure) {
        RuntimeException flyway = new RuntimeException("Unable to obtain connection from database", driverFailure);
        return new BeanCreationException("flywayInitializer", "Unable to obtain connection from database", flyway);
    }

    @Test
    void saysPlainlyWhenNoDatabaseIsConfiguredInABuildWithoutTheEmbeddedServer() {
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("dataSource",
                "Failed to instantiate", new NoDatabaseConfiguredException()));

        assertThat(analysis.getDescription()).startsWith("No database is configured");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void saysWhichPortTheEmbeddedServerCouldNotHave() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Throwable failure = catchThrowable(() ->
                    EmbeddedMariaDb.start(taken.getLocalPort(), Path.of("target", "never-started"), "portal"));

            FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("embeddedMariaDb",
                    "Failed to instantiate", failure));

            assertThat(analysis.getDescription()).contains("port " + taken.getLocalPort(), "another program");
            assertThat(analysis.getAction()).contains("PORTAL_EMBEDDED_DB_PORT");
        }
    }
}
