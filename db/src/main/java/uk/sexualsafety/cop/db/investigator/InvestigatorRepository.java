package uk.sexualsafety.cop.db.investigator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface InvestigatorRepository extends JpaRepository<Investigator, Long> {

    Optional<Investigator> findByAccountId(long accountId);

    List<Investigator> findAllByOrderByDisplayNameAscIdAsc();

    List<Investigator> findByStatusOrderByDisplayNameAscIdAsc(PoolStatus status);
}
