package uk.sexualsafety.cop.db.casestudy.discussion;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface CommentFlagRepository extends JpaRepository<CommentFlag, CommentFlag.Key> {

    @Query("select f from CommentFlag f where f.key.commentId = :commentId order by f.flaggedAt")
    List<CommentFlag> findByComment(@Param("commentId") long commentId);

    /** Which of these comments the member has flagged already. */
    @Query("select f.key.commentId from CommentFlag f where f.key.flaggedBy = :accountId and f.key.commentId in :ids")
    List<Long> findFlaggedBy(@Param("accountId") long accountId, @Param("ids") Collection<Long> commentIds);
}
