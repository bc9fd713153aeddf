package uk.sexualsafety.cop.portal.moderation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;
import uk.sexualsafety.cop.moderation.anonymisation.FindingType;
import uk.sexualsafety.cop.portal.IntegrationTest;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class PortalAnonymiserIT {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void recognisesTheDirectorysOrganisationsAndTheConfiguredStations() {
        String unique = "Quillbrook" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        transaction.executeWithoutResult(status -> organisations.save(new Organisation(unique + " Community Partnership",
                "QCP" + unique.length(), OrganisationType.OTHER, Nation.SCOTLAND, null)));
        PortalAnonymiser anonymiser = new PortalAnonymiser(organisations, transaction, List.of("Larkfield"),
                Clock.systemUTC());

        List<Finding> findings = anonymiser.analyse("I worked for " + unique + " Community Partnership and then "
                + "at Larkfield station with a crew from the London Ambulance Service.");

        assertThat(findings).extracting(Finding::type)
                .contains(FindingType.ORGANISATION, FindingType.PLACE, FindingType.AMBULANCE_SERVICE);
        assertThat(anonymiser.apply("Larkfield", List.of())).isEqualTo("Larkfield");
    }

    @Test
    void findsTheDirectorysNamesAndTheBuiltInOnesInAStoryWrittenInLowerCase() {
        String unique = "Quillbrook" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        transaction.executeWithoutResult(status -> organisations.save(new Organisation(unique + " Community Partnership",
                "QCP" + unique.length(), OrganisationType.OTHER, Nation.WALES, null)));
        PortalAnonymiser anonymiser = new PortalAnonymiser(organisations, transaction, List.of("Larkfield"),
                Clock.systemUTC());

        List<Finding> findings = anonymiser.analyse("me n jas worked for " + unique.toLowerCase(Locale.ROOT)
                + " community partnership then got sent to larkfield station, the merseyside police lot came too");

        assertThat(findings).extracting(Finding::type, Finding::text).contains(
                tuple(FindingType.PERSON_NAME, "jas"),
                tuple(FindingType.ORGANISATION,
                        unique.toLowerCase(Locale.ROOT) + " community partnership"),
                tuple(FindingType.PLACE, "larkfield"),
                tuple(FindingType.ORGANISATION, "merseyside police"));
    }
}
