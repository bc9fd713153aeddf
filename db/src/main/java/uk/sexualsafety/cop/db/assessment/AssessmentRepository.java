package uk.sexualsafety.cop.db.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByOrganisationIdOrderByPeriodStartDesc(long organisationId);

    Optional<Assessment> findByOrganisationIdAndPeriodStart(long organisationId, int periodStart);

    /** The organisation's latest signed-off assessment before a period, which the period's draft starts from. */
    Optional<Assessment> findFirstByOrganisationIdAndStatusAndPeriodStartLessThanOrderByPeriodStartDesc(
            long organisationId, AssessmentStatus status, int periodStart);
}
