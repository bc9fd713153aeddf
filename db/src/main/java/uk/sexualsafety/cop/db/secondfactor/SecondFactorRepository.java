package uk.sexualsafety.cop.db.secondfactor;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    /** The row locked until the transaction ends, so that parallel attempts on one account are taken in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SecondFactor f where f.accountId = :accountId")
    Optional<SecondFactor> findForUpdate(@Param("accountId") long accountId);
}
