package uk.sexualsafety.cop.db.investigator;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface InvestigationAssignmentRepository extends JpaRepository<InvestigationAssignment, Long> {

    /** The request's assignment unless it was withdrawn: under way or closed. */
    @Query("""
            select a from InvestigationAssignment a join fetch a.investigator
            where a.request.id = :requestId and a.withdrawnAt is null""")
    Optional<InvestigationAssignment> findCurrentForRequest(@Param("requestId") long requestId);

    /** The assignments of the investigator with this account, newest first. */
    @Query("""
            select a from InvestigationAssignment a join fetch a.request r join fetch r.organisation org
            left join fetch org.icb
            where a.investigator.accountId = :accountId order by a.acceptedAt desc, a.id desc""")
    List<InvestigationAssignment> findByInvestigatorAccount(@Param("accountId") long accountId);
}
