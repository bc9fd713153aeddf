package uk.sexualsafety.cop.db.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface AssessmentFrameworkRepository extends JpaRepository<AssessmentFramework, Long> {

    /** The newest framework version, which new assessments use. */
    Optional<AssessmentFramework> findFirstByOrderByNumberDesc();
}
