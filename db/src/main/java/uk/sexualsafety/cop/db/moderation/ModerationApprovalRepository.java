package uk.sexualsafety.cop.db.moderation;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface ModerationApprovalRepository extends Repository<ModerationApproval, ModerationApproval.Key> {

    ModerationApproval save(ModerationApproval approval);

    @Query("""
            select a from ModerationApproval a
            where a.key.itemId = :itemId and a.key.contentRevision = :revision
            order by a.approvedAt""")
    List<ModerationApproval> findForRevision(@Param("itemId") long itemId, @Param("revision") int revision);
}
