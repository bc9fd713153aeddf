package uk.sexualsafety.cop.db.investigator;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface InvestigationOfferRepository extends JpaRepository<InvestigationOffer, Long> {

    @Query("""
            select o from InvestigationOffer o join fetch o.investigator
            where o.request.id = :requestId and o.status = uk.sexualsafety.cop.db.investigator.OfferStatus.PENDING""")
    Optional<InvestigationOffer> findPendingForRequest(@Param("requestId") long requestId);

    /** Every offer of a request, oldest first: who was asked, and how they answered. */
    @Query("""
            select o from InvestigationOffer o join fetch o.investigator
            where o.request.id = :requestId order by o.offeredAt, o.id""")
    List<InvestigationOffer> findByRequest(@Param("requestId") long requestId);

    /** The offers made to the investigator with this account, newest first. */
    @Query("""
            select o from InvestigationOffer o join fetch o.request r join fetch r.organisation org
            left join fetch org.icb
            where o.investigator.accountId = :accountId order by o.offeredAt desc, o.id desc""")
    List<InvestigationOffer> findByInvestigatorAccount(@Param("accountId") long accountId);

    @Query("""
            select o from InvestigationOffer o join fetch o.request
            where o.investigator.id = :investigatorId
              and o.status = uk.sexualsafety.cop.db.investigator.OfferStatus.PENDING""")
    List<InvestigationOffer> findPendingForInvestigator(@Param("investigatorId") long investigatorId);

    @Query("""
            select o.id from InvestigationOffer o
            where o.status = uk.sexualsafety.cop.db.investigator.OfferStatus.PENDING and o.expiresAt <= :now
            order by o.expiresAt, o.id""")
    List<Long> findPendingExpiredAt(@Param("now") Instant now);
}
