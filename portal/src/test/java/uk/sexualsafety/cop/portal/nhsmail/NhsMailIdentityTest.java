package uk.sexualsafety.cop.portal.nhsmail;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NhsMailIdentityTest {

    @Test
    void anAddressIsVerifiedByEmailVerifiedOrByEntraIdsDomainOwnerClaim() {
        assertThat(NhsMailIdentity.from(Map.of("email", "a@nhs.net", "email_verified", true)).verified()).isTrue();
        assertThat(NhsMailIdentity.from(Map.of("email", "a@nhs.net", "xms_edov", true)).verified()).isTrue();
        assertThat(NhsMailIdentity.from(Map.of("email", "a@nhs.net", "xms_edov", "true")).verified()).isTrue();
    }

    @Test
    void anAddressWithoutAClaimVouchingForItIsNotVerified() {
        assertThat(NhsMailIdentity.from(Map.of("email", "a@nhs.net")).verified()).isFalse();
        assertThat(NhsMailIdentity.from(Map.of("email", "a@nhs.net", "email_verified", false)).verified()).isFalse();
    }

    @Test
    void aMissingOrBlankAddressIsAbsent() {
        assertThat(NhsMailIdentity.from(Map.of("email_verified", true)).email()).isNull();
        assertThat(NhsMailIdentity.from(Map.of("email", "  ", "email_verified", true)).email()).isNull();
    }

    @Test
    void itsTextNamesNoOne() {
        assertThat(NhsMailIdentity.from(Map.of("email", "a@nhs.net", "name", "Ann Example")).toString())
                .doesNotContain("a@nhs.net").doesNotContain("Ann");
    }
}
