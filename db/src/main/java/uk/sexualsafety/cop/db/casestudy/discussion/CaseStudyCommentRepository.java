package uk.sexualsafety.cop.db.casestudy.discussion;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CaseStudyCommentRepository extends JpaRepository<CaseStudyComment, Long> {

    /**
     * A case study's thread as {@code reader} may see it: every published comment, and the reader's own whatever
     * their status, oldest first.
     */
    @Query("""
            select c from CaseStudyComment c
            where c.caseStudyId = :caseStudyId
              and (c.status = uk.sexualsafety.cop.db.casestudy.discussion.CommentStatus.PUBLISHED
                   or (c.authorAccountId = :reader
                       and c.status <> uk.sexualsafety.cop.db.casestudy.discussion.CommentStatus.WITHDRAWN))
            order by c.createdAt, c.id""")
    List<CaseStudyComment> findThread(@Param("caseStudyId") long caseStudyId, @Param("reader") long reader);

    /** The comment with a row lock, so that flags counted at the same moment add up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseStudyComment c where c.id = :id")
    Optional<CaseStudyComment> findForUpdate(@Param("id") long id);

    List<CaseStudyComment> findByIdIn(Collection<Long> ids);
}
