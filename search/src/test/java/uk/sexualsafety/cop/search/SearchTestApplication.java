package uk.sexualsafety.cop.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The smallest application that boots JPA, Flyway and Hibernate Search over the db module's entities. The entities
 * live outside this package, so they are named explicitly, as the portal's component scan of the parent package does.
 */
@SpringBootApplication
@EntityScan(basePackages = "uk.sexualsafety.cop.db")
@EnableJpaRepositories(basePackages = "uk.sexualsafety.cop.db")
public class SearchTestApplication {
}
