package uk.sexualsafety.cop.db.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReferenceDataIT {

    @Autowired
    IcbRepository icbs;

    @Autowired
    OrganisationRepository organisations;

    @Test
    void everyIntegratedCareBoardOfEnglandIsThere() {
        assertThat(icbs.findAll()).hasSize(42)
                .allSatisfy(icb -> assertThat(icb.getRegion()).isNotNull());
    }

    @Test
    void everyUkAmbulanceServiceIsInTheDirectoryWithItsIcbOrNation() {
        List<Organisation> ambulanceServices = organisations.findAllByOrderByName().stream()
                .filter(o -> o.getType() == OrganisationType.AMBULANCE_SERVICE)
                .toList();

        assertThat(ambulanceServices).extracting(Organisation::getShortName)
                .contains("EMAS", "EEAST", "LAS", "NEAS", "NWAS", "SCAS", "SECAmb", "SWASFT", "WMAS", "YAS",
                        "IWAS", "WAST", "SAS", "NIAS");
        assertThat(ambulanceServices).filteredOn(o -> o.getNation() == Nation.ENGLAND)
                .hasSize(11)
                .allSatisfy(o -> assertThat(o.getIcb()).isNotNull());
        assertThat(ambulanceServices).filteredOn(o -> o.getNation() != Nation.ENGLAND)
                .extracting(Organisation::getNation)
                .containsExactlyInAnyOrder(Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND);
    }

    @Test
    void londonAmbulanceServiceSitsInALondonIcb() {
        Organisation las = organisations.findByNameIgnoreCase("london ambulance service nhs trust").orElseThrow();

        assertThat(las.getIcb().getRegion()).isEqualTo(NhsRegion.LONDON);
    }
}
