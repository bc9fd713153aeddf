package uk.sexualsafety.cop.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.time.Clock;

/** The portal: every module's Spring beans, entities and repositories under {@code uk.sexualsafety.cop}. */
@SpringBootApplication(scanBasePackages = "uk.sexualsafety.cop")
@EntityScan("uk.sexualsafety.cop.db")
@EnableJpaRepositories("uk.sexualsafety.cop.db")
@ConfigurationPropertiesScan("uk.sexualsafety.cop")
public class Application {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
