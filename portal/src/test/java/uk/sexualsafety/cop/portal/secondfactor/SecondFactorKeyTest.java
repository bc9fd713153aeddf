package uk.sexualsafety.cop.portal.secondfactor;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorKeyTest {

    private final byte[] key = "0123456789abcdef0123456789abcdef".getBytes();

    @Test
    void aDerivedKeyIsNeitherTheKeyNorAnotherPurposesKey() {
        byte[] throttles = SecondFactorKey.derived(key, "throttle buckets");

        assertThat(throttles).hasSize(32).isNotEqualTo(key);
        assertThat(throttles).isNotEqualTo(SecondFactorKey.derived(key, "something else"));
    }

    @Test
    void everyNodeWithTheSameKeyDerivesTheSameKey() {
        assertThat(SecondFactorKey.derived(key, "throttle buckets"))
                .isEqualTo(SecondFactorKey.derived(Arrays.copyOf(key, key.length), "throttle buckets"));
    }

    @Test
    void anotherInstallationsKeyDerivesAnotherKey() {
        byte[] other = key.clone();
        other[0] ^= 1;

        assertThat(SecondFactorKey.derived(other, "throttle buckets"))
                .isNotEqualTo(SecondFactorKey.derived(key, "throttle buckets"));
    }
}
