package uk.sexualsafety.cop.portal.throttle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyTest {

    @ParameterizedTest(name = "{0} and {1} are one client")
    @CsvSource(delimiter = '|', textBlock = """
            203.0.113.7                              | 203.0.113.7
            2001:db8:1:2::1                          | 2001:db8:1:2:ffff:ffff:ffff:ffff
            2001:db8:1:2::1                          | 2001:0DB8:0001:0002:0000:0000:0000:abcd
            2001:db8:1:2::1                          | [2001:db8:1:2::99]
            fe80::1%eth0                             | fe80::2
            0:0:0:0:0:0:0:1                          | ::1
            ::ffff:203.0.113.7                       | 203.0.113.7
            ::ffff:cb00:7107                         | 203.0.113.7
            64:ff9b::203.0.113.7                     | 203.0.113.7
            2002:cb00:7107:1::1                      | 203.0.113.7
            2002:cb00:7107:ffff::1                   | 203.0.113.7
            2001:0:4136:e378:8000:63bf:34ff:8ef8     | 203.0.113.7
            ' 203.0.113.7 '                          | 203.0.113.7
            not-an-address                           | NOT-AN-ADDRESS
            """)
    void addressesOfOneClientShareAKey(String one, String other) {
        assertThat(ClientKey.of(one)).isEqualTo(ClientKey.of(other));
    }

    @ParameterizedTest(name = "{0} and {1} are different clients")
    @CsvSource(delimiter = '|', textBlock = """
            203.0.113.7                              | 203.0.113.8
            2001:db8:1:2::1                          | 2001:db8:1:3::1
            2001:db8:1:2::1                          | 2001:db9:1:2::1
            ::ffff:203.0.113.7                       | ::ffff:203.0.113.8
            64:ff9b::203.0.113.7                     | 64:ff9b::203.0.113.8
            2001:0:4136:e378:8000:63bf:34ff:8ef8     | 2001:0:4136:e378:8000:63bf:34ff:8ef7
            2002:cb00:7107::1                        | 2002:cb00:7108::1
            203.0.113.7                              | unknown-203.0.113.7
            """)
    void addressesOfDifferentClientsDoNot(String one, String other) {
        assertThat(ClientKey.of(one)).isNotEqualTo(ClientKey.of(other));
    }

    @ParameterizedTest(name = "{0} is the client {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            203.0.113.7                              | 203.0.113.7
            2001:db8:1:2:3:4:5:6                     | 2001:db8:1:2::/64
            ::ffff:192.0.2.1                         | 192.0.2.1
            ::1                                      | 0:0:0:0::/64
            null                                     | unknown
            ''                                       | unknown
            example.org                              | other:example.org
            999.1.1.1                                | other:999.1.1.1
            1:2:3                                    | other:1:2:3
            host.example:8080                        | other:host.example:8080
            """)
    void keysSayWhichClientTheyAre(String address, String key) {
        assertThat(ClientKey.of(address)).isEqualTo(key);
    }
}
