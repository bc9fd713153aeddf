package uk.sexualsafety.cop.db.story;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface StoryRepository extends JpaRepository<Story, Long> {

    Optional<Story> findByReceiptCodeHash(byte[] receiptCodeHash);

    Optional<Story> findByRecoveryCodeHash(byte[] recoveryCodeHash);

    List<Story> findByContributorAccountIdOrderBySubmittedAtDesc(long contributorAccountId);

    /** Published stories, newest first, optionally of one structure of harm and carrying one warning. */
    @Query(value = """
            select s from Story s
            where s.status = uk.sexualsafety.cop.db.story.StoryStatus.PUBLISHED
              and (:harm is null or s.harmStructure = :harm)
              and (:warning is null or :warning member of s.contentWarnings)
            order by s.publishedOn desc, s.id desc""",
            countQuery = """
            select count(s) from Story s
            where s.status = uk.sexualsafety.cop.db.story.StoryStatus.PUBLISHED
              and (:harm is null or s.harmStructure = :harm)
              and (:warning is null or :warning member of s.contentWarnings)""")
    Page<Story> findPublished(@Param("harm") HarmStructure harm, @Param("warning") ContentWarning warning,
                              Pageable page);

    /** Ids of withdrawn stories whose retention period has passed, oldest first. */
    @Query("""
            select s.id from Story s
            where s.status = uk.sexualsafety.cop.db.story.StoryStatus.WITHDRAWN and s.withdrawnAt < :before
            order by s.withdrawnAt""")
    List<Long> findWithdrawnBefore(@Param("before") Instant before, Pageable page);
}
