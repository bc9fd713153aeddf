package uk.sexualsafety.cop.portal.demo;

import org.springframework.core.env.Environment;

import java.util.Arrays;

/**
 * Whether the demo accounts (whose password is published in the README) may be loaded. The {@code demo} profile is
 * the default so that a fresh clone runs with one command; that default alone loads them only into the portal's
 * embedded database. An external server gets them only when someone names the profile
 * ({@code SPRING_PROFILES_ACTIVE=demo}), and a database that already holds accounts never does.
 */
final class DemoDataGuard {

    static final String PROFILE = "demo";

    enum Decision {
        LOAD("Demo data loaded: sign in with the demo accounts listed in the README"),
        EXTERNAL_DATABASE("Demo data not loaded: this is not the embedded database, and the demo profile was only "
                + "the default. Start with SPRING_PROFILES_ACTIVE=demo to load it into this server, or with "
                + "another profile (such as production) to run without it"),
        HAS_ACCOUNTS("Demo data not loaded: the database already holds accounts");

        private final String message;

        Decision(String message) {
            this.message = message;
        }

        String message() {
            return message;
        }
    }

    private DemoDataGuard() {
    }

    /**
     * @param profileNamed     whether {@code demo} was named among the active profiles, not merely the default
     * @param embeddedDatabase whether the portal runs its own embedded MariaDB
     * @param hasAccounts      whether the database holds any account at all
     */
    static Decision decide(boolean profileNamed, boolean embeddedDatabase, boolean hasAccounts) {
        if (hasAccounts) {
            return Decision.HAS_ACCOUNTS;
        }
        return embeddedDatabase || profileNamed ? Decision.LOAD : Decision.EXTERNAL_DATABASE;
    }

    /** True when someone chose the profile; false when it is on only as {@code spring.profiles.default}. */
    static boolean profileNamed(Environment environment) {
        return Arrays.asList(environment.getActiveProfiles()).contains(PROFILE);
    }
}
