package uk.sexualsafety.cop.db.secondfactor;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    /** Marks an unused code used; 1 when it was there and unused, so that a code works once even when sent twice. */
    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :now "
            + "where c.accountId = :accountId and c.codeHash = :codeHash and c.usedAt is null")
    int use(@Param("accountId") long accountId, @Param("codeHash") byte[] codeHash, @Param("now") Instant now);

    long countByAccountIdAndUsedAtIsNull(long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteAllOf(@Param("accountId") long accountId);
}
