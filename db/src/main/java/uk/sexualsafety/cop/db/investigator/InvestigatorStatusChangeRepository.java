package uk.sexualsafety.cop.db.investigator;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Append and read only: the status history of an investigator is never rewritten. */
public interface InvestigatorStatusChangeRepository extends Repository<InvestigatorStatusChange, Long> {

    InvestigatorStatusChange save(InvestigatorStatusChange change);

    List<InvestigatorStatusChange> findByInvestigatorIdOrderByChangedAtAscIdAsc(long investigatorId);
}
