package uk.sexualsafety.cop.db.policy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

    /** A policy's versions, newest first, without their text. */
    @Query("""
            select new uk.sexualsafety.cop.db.policy.VersionListing(v.id, v.number, v.label, v.effectiveOn,
                   v.reviewDueOn, v.fileName, v.mediaType, v.fileSize, v.uploadedAt)
            from PolicyVersion v where v.policy.id = :policyId
            order by v.number desc""")
    List<VersionListing> findListings(@Param("policyId") long policyId);

    @Query("""
            select new uk.sexualsafety.cop.db.policy.StoredFile(v.id, p.id, p.status, v.fileName, v.mediaType,
                   v.fileSize)
            from PolicyVersion v join v.policy p where v.id = :versionId""")
    Optional<StoredFile> findStoredFile(@Param("versionId") long versionId);
}
