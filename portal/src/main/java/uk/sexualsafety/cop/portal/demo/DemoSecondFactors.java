package uk.sexualsafety.cop.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.portal.secondfactor.SecondFactorCodes;
import uk.sexualsafety.cop.portal.security.SecondFactorProperties;

/**
 * The demo's administrator, moderators and coordinator sign in with a second step like real ones; their
 * authenticator apps share one secret, printed in the README, so that anyone trying the demo can add it to an app
 * (or compute codes with {@code oathtool --totp -b}).
 */
@Component
@Profile("demo")
class DemoSecondFactors {

    static final String SECRET = "DEMOSECONDSTEPDEMOSECONDSTEPDEMO";

    private final SecondFactorCodes codes;
    private final SecondFactorProperties properties;

    DemoSecondFactors(SecondFactorCodes codes, SecondFactorProperties properties) {
        this.codes = codes;
        this.properties = properties;
    }

    void enrolIfNeeded(Account account) {
        if (properties.requiredFor(account.getRoles())) {
            codes.enrolKnownSecret(account.getId(), SECRET);
        }
    }
}
