package uk.sexualsafety.cop.db.moderation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ModerationItemRepository extends JpaRepository<ModerationItem, Long> {

    Optional<ModerationItem> findByContentTypeAndContentId(String contentType, long contentId);

    /**
     * Creates the item unless one exists for the content; safe when two submissions race because the unique key
     * decides, and neither transaction fails.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into moderation_item (content_type, content_id, status, urgent, contributor_account_id,
                                         content_revision, approvals_required, created_at, queued_at, updated_at,
                                         version)
            values (:type, :contentId, 'PENDING', :urgent, :contributor, 0, :approvals, :now, :now, :now, 0)
            on duplicate key update id = id""")
    int insertIfAbsent(@Param("type") String contentType, @Param("contentId") long contentId,
                       @Param("urgent") boolean urgent, @Param("contributor") Long contributorAccountId,
                       @Param("approvals") int approvalsRequired, @Param("now") Instant now);

    /** The queue: urgent items first, then the longest waiting. */
    @Query(value = """
            select i from ModerationItem i
            where i.status = uk.sexualsafety.cop.db.moderation.ModerationStatus.PENDING
            order by i.urgent desc, i.queuedAt asc, i.id asc""",
            countQuery = """
            select count(i) from ModerationItem i
            where i.status = uk.sexualsafety.cop.db.moderation.ModerationStatus.PENDING""")
    Page<ModerationItem> findQueue(Pageable page);

    long countByStatus(ModerationStatus status);

    @Query("""
            select i from ModerationItem i
            where i.status = uk.sexualsafety.cop.db.moderation.ModerationStatus.PENDING and i.queuedAt < :before
            order by i.urgent desc, i.queuedAt asc""")
    List<ModerationItem> findPendingQueuedBefore(@Param("before") Instant before);

    @Modifying
    @Query("delete from ModerationItem i where i.contentType = :type and i.contentId = :contentId")
    int deleteByContent(@Param("type") String contentType, @Param("contentId") long contentId);

    /** Every item of the account's contributions that has not been withdrawn, for erasing the account. */
    @Query("""
            select i from ModerationItem i where i.contributorAccountId = :accountId
            and i.status <> uk.sexualsafety.cop.db.moderation.ModerationStatus.WITHDRAWN order by i.id""")
    List<ModerationItem> findNotWithdrawnByContributor(@Param("accountId") long accountId);
}
