package uk.sexualsafety.cop.portal.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceLabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Edg/140.0 | Edge on Windows",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15 | Safari on macOS",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1 | Safari on iOS",
            "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36 | Chrome on Android",
            "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 | Firefox on Linux",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0 Safari/537.36 | Chrome on Linux",
            "curl/8.5.0 | Unknown browser on an unknown system",
    })
    void describesTheBrowserAndSystemCoarsely(String userAgent, String label) {
        assertThat(DeviceLabel.fromUserAgent(userAgent)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void anEmptyUserAgentIsAnUnknownBrowser(String userAgent) {
        assertThat(DeviceLabel.fromUserAgent(userAgent)).isEqualTo("Unknown browser");
        assertThat(DeviceLabel.fromUserAgent(null)).isEqualTo("Unknown browser");
    }
}
