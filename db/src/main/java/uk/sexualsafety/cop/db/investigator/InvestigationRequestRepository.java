package uk.sexualsafety.cop.db.investigator;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface InvestigationRequestRepository extends JpaRepository<InvestigationRequest, Long> {

    /** One organisation's requests, newest first. */
    @Query("""
            select r from InvestigationRequest r join fetch r.organisation o left join fetch o.icb
            where o.id = :organisationId
            order by r.createdAt desc, r.id desc""")
    List<InvestigationRequest> findByOrganisation(@Param("organisationId") long organisationId);

    /** Requests still waiting for an investigator to accept them, oldest first. */
    @Query("""
            select r from InvestigationRequest r join fetch r.organisation o left join fetch o.icb
            where r.status in (uk.sexualsafety.cop.db.investigator.RequestStatus.OPEN,
                               uk.sexualsafety.cop.db.investigator.RequestStatus.OFFERED)
            order by r.createdAt, r.id""")
    List<InvestigationRequest> findWaiting();
}
