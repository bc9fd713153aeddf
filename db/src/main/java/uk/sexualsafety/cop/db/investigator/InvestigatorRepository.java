package uk.sexualsafety.cop.db.investigator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** Investigators' profiles, and the bulk reads behind matching ({@link InvestigatorPoolQueries}). */
public interface InvestigatorRepository extends JpaRepository<Investigator, Long>, InvestigatorPoolQueries {

    Optional<Investigator> findByAccountId(long accountId);

    List<Investigator> findAllByOrderByDisplayNameAscIdAsc();

    List<Investigator> findByStatusOrderByDisplayNameAscIdAsc(PoolStatus status);
}
