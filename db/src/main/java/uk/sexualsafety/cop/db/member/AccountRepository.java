package uk.sexualsafety.cop.db.member;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    List<Account> findAllByOrderByDisplayName();

    @Query("select count(a) > 0 from Account a where :role member of a.roles")
    boolean existsWithRole(@Param("role") Role role);
}
