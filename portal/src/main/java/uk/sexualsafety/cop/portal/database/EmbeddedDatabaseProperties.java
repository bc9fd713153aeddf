package uk.sexualsafety.cop.portal.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the embedded MariaDB server listens and keeps its data. Its default port is not 3306, where a real server
 * often runs already.
 */
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseProperties(Integer port, Path dataDirectory, String databaseName) {

    public EmbeddedDatabaseProperties {
        port = port == null ? 3316 : port;
        dataDirectory = dataDirectory == null ? Path.of("data", "mariadb") : dataDirectory;
        databaseName = databaseName == null || databaseName.isBlank() ? "portal" : databaseName;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("portal.embedded-db.port must be between 1 and 65535, not " + port);
        }
    }
}
