package uk.sexualsafety.cop.portal.demo;

import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.Complexity;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.Employment;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.Investigator;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.Organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The demo's investigator pool: vetted investigators with profiles, and an open request from a trust. */
final class DemoPool {

    private DemoPool() {
    }

    static Investigator activeInvestigator(long accountId, String name, String email, Organisation employer,
                                           Set<NhsRegion> regions, Instant now) {
        Investigator investigator = new Investigator(accountId, name, email, now);
        investigator.describe(name, email, "0113 496 0123", now);
        investigator.setSpecialisms(EnumSet.of(Specialism.SEXUAL_MISCONDUCT, Specialism.SEXUAL_ASSAULT_ALLEGATIONS,
                Specialism.TRAUMA_INFORMED_INTERVIEWING));
        investigator.setAccreditations(List.of(
                new Accreditation("Workplace investigations", LocalDate.of(2022, 1, 10), null),
                new Accreditation("Trauma-informed interviewing", LocalDate.of(2021, 5, 1),
                        LocalDate.of(2024, 5, 1))));
        investigator.setCoverage(regions, Set.of(), Set.of(Nation.WALES), true, true);
        investigator.setCapacity(2, 8);
        investigator.setEmployment(List.of(new Employment(employer.getId(), LocalDate.of(2015, 4, 1), null)));
        investigator.changeStatus(PoolStatus.ACTIVE, now);
        return investigator;
    }

    static InvestigationRequest openRequest(Organisation organisation, long requesterId, LocalDate today,
                                            Instant now) {
        return new InvestigationRequest(organisation, requesterId, RequestCategory.SEXUAL_HARASSMENT,
                Complexity.MEDIUM, false, Set.of(Specialism.SEXUAL_MISCONDUCT), today.plusDays(21), 10,
                DeliveryMode.EITHER, false, "A call handler reported repeated sexual comments from a shift "
                        + "supervisor over several months, and other colleagues may have witnessed them.", now);
    }
}
