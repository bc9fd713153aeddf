package uk.sexualsafety.cop.portal.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The health endpoint's "db" (in place of Spring Boot's, which waits as long as the pool does): UP when a
 * connection answers, DOWN when it does not within {@code portal.database.health-timeout}. It is part of the
 * readiness group, so a node that cannot reach the database is taken out of the load balancer.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private static final int VALID_WITHIN_SECONDS = 1;

    private final DataSource dataSource;
    private final BoundedCall<Health> check;

    DatabaseHealth(DataSource dataSource, @Value("${portal.database.health-timeout:1s}") Duration limit) {
        this.dataSource = dataSource;
        this.check = new BoundedCall<>(limit, this::check);
    }

    @Override
    public Health health() {
        return check.get().orElseGet(() -> Health.down()
                .withDetail("error", "no answer within " + check.limit().toMillis() + " ms").build());
    }

    private Health check() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return connection.isValid(VALID_WITHIN_SECONDS)
                    ? Health.up().withDetail("database", product).build()
                    : Health.down().withDetail("database", product).withDetail("error", "connection not valid")
                    .build();
        } catch (SQLException | RuntimeException unreachable) {
            // Only the type: a driver's message can name the server and its user.
            return Health.down().withDetail("error", unreachable.getClass().getName()).build();
        }
    }
}
