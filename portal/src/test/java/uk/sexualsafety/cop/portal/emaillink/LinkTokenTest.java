package uk.sexualsafety.cop.portal.emaillink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LinkTokenTest {

    @Test
    void aNewTokenIs43UrlSafeCharactersAndNeverTheSame() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String value = LinkToken.random().value();
            assertThat(value).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(value)).isTrue();
        }
    }

    @Test
    void aTokenIsFoundByItsSha256AndNeverShownByToString() {
        LinkToken token = LinkToken.random();

        assertThat(LinkToken.parse(token.value())).hasValue(token);
        assertThat(token.hash()).hasSize(32);
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "../../../../../../../../../../etc/passwd-x"})
    void anythingElseIsNoTokenAndNeedsNoLookUp(String text) {
        assertThat(LinkToken.parse(text)).isEmpty();
    }
}
