package uk.sexualsafety.cop.db.member;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

public interface EmailLinkRepository extends JpaRepository<EmailLink, Long> {

    /** The link with this token hash; looked up by the hash's unique index, so no comparison of secrets here. */
    Optional<EmailLink> findByTokenHashAndPurpose(byte[] tokenHash, EmailLinkPurpose purpose);

    /** The same, locked until the transaction ends, so that of two uses at once only the first finds it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from EmailLink l where l.tokenHash = :tokenHash and l.purpose = :purpose")
    Optional<EmailLink> lockByTokenHashAndPurpose(@Param("tokenHash") byte[] tokenHash,
                                                 @Param("purpose") EmailLinkPurpose purpose);

    boolean existsByAccountIdAndPurposeAndCreatedAtAfter(long accountId, EmailLinkPurpose purpose, Instant after);

    boolean existsByMembershipRequestIdAndCreatedAtAfter(long membershipRequestId, Instant after);

    @Modifying
    @Transactional
    @Query("delete from EmailLink l where l.accountId = :accountId and l.purpose = :purpose")
    int deleteByAccountIdAndPurpose(@Param("accountId") long accountId, @Param("purpose") EmailLinkPurpose purpose);

    @Modifying
    @Transactional
    @Query("delete from EmailLink l where l.membershipRequestId = :requestId")
    int deleteByMembershipRequestId(@Param("requestId") long requestId);

    @Modifying
    @Transactional
    @Query("delete from EmailLink l where l.expiresAt <= :now")
    int deleteExpired(@Param("now") Instant now);
}
