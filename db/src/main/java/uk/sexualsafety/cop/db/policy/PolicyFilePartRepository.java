package uk.sexualsafety.cop.db.policy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface PolicyFilePartRepository extends JpaRepository<PolicyFilePart, Long> {

    /** One part's bytes, without loading the others. */
    @Query("select p.bytes from PolicyFilePart p where p.versionId = :versionId and p.partNumber = :partNumber")
    Optional<byte[]> findBytes(@Param("versionId") long versionId, @Param("partNumber") int partNumber);

    long countByVersionId(long versionId);
}
