package uk.sexualsafety.cop.db.member;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MembershipRequestRepository extends JpaRepository<MembershipRequest, Long> {

    List<MembershipRequest> findByStatusOrderByRequestedAt(MembershipRequestStatus status);

    boolean existsByEmailAndStatus(String normalisedEmail, MembershipRequestStatus status);

    /** The address's open request (unconfirmed or waiting), locked: the database allows at most one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MembershipRequest r where r.email = :email and r.status in :statuses")
    Optional<MembershipRequest> lockByEmailAndStatusIn(@Param("email") String normalisedEmail,
                                                      @Param("statuses") Collection<MembershipRequestStatus> statuses);

    /** Deletes requests whose address was never proven, asked before {@code before}; their links go with them. */
    @Modifying
    @Transactional
    @Query("delete from MembershipRequest r"
            + " where r.status = uk.sexualsafety.cop.db.member.MembershipRequestStatus.UNCONFIRMED"
            + " and r.requestedAt < :before")
    int deleteUnconfirmedRequestedBefore(@Param("before") Instant before);

    /** Deletes requests an administrator declined before {@code before}; their links go with them. */
    @Modifying
    @Transactional
    @Query("delete from MembershipRequest r"
            + " where r.status = uk.sexualsafety.cop.db.member.MembershipRequestStatus.DECLINED"
            + " and r.decidedAt < :before")
    int deleteDeclinedDecidedBefore(@Param("before") Instant before);
}
