package uk.sexualsafety.cop.db;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application that boots JPA and Flyway over the db module. */
@SpringBootApplication
public class DbTestApplication {
}
