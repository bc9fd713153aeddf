package uk.sexualsafety.cop.db.member;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    /** The account, locked until the transaction ends, so that two requests about it at once take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.email = :email")
    Optional<Account> lockByEmail(@Param("email") String normalisedEmail);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> lockById(@Param("id") long id);

    List<Account> findAllByOrderByDisplayName();

    @Query("select count(a) > 0 from Account a where :role member of a.roles")
    boolean existsWithRole(@Param("role") Role role);
}
