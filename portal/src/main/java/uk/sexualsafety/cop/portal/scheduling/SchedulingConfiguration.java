package uk.sexualsafety.cop.portal.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * Scheduled jobs (the moderators' daily digest, the purge of withdrawn stories) and the lock that lets only
 * one of several portal nodes run each: every {@code @SchedulerLock} job takes its row in the {@code shedlock} table
 * (Flyway V8) and the other nodes skip that run. The lock is timed by the database's clock, so nodes whose clocks
 * differ still agree.
 *
 * <p>{@code portal.scheduling.enabled=false} leaves all of this out, so that nothing starts by itself: the tests
 * set it and call the jobs directly.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
