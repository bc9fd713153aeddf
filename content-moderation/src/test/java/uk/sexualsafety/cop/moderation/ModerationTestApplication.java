package uk.sexualsafety.cop.moderation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.time.Clock;

/** The smallest application that boots JPA and Flyway with the moderation workflow over the db module. */
@SpringBootApplication
@EntityScan(basePackages = "uk.sexualsafety.cop.db")
@EnableJpaRepositories(basePackages = "uk.sexualsafety.cop.db")
public class ModerationTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
