package uk.sexualsafety.cop.portal.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    @Test
    void aPeriodIsNamedAsAFinancialYear() {
        Period period = new Period(2026);

        assertThat(period.label()).isEqualTo("2026\u201327");
        assertThat(period.address()).isEqualTo("2026-27");
        assertThat(Period.fromAddress("2026-27")).contains(period);
        assertThat(new Period(2099).label()).isEqualTo("2099\u201300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-28", "1999-00", "2026-27x", "x2026-27", "9999-00", "2026–27"})
    void aCraftedPeriodInTheAddressIsNoPeriod(String address) {
        assertThat(Period.fromAddress(address)).isEmpty();
    }
}
