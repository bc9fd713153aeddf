package uk.sexualsafety.cop.db.moderation;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface ModerationApprovalRepository extends Repository<ModerationApproval, ModerationApproval.Key> {

    ModerationApproval save(ModerationApproval approval);

    @Query("""
            select a from ModerationApproval a
            where a.key.itemId = :itemId and a.key.contentRevision = :revision
            order by a.approvedAt""")
    List<ModerationApproval> findForRevision(@Param("itemId") long itemId, @Param("revision") int revision);

    /** For each of the items, [item id, approvals of its current revision]; items without any are left out. */
    @Query("""
            select a.key.itemId, count(a) from ModerationApproval a, ModerationItem i
            where i.id = a.key.itemId and a.key.contentRevision = i.contentRevision and i.id in :itemIds
            group by a.key.itemId""")
    List<Object[]> countCurrentApprovals(@Param("itemIds") Collection<Long> itemIds);
}
