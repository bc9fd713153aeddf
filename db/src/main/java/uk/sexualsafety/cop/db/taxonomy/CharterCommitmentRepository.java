package uk.sexualsafety.cop.db.taxonomy;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Read only: the commitments come from a migration. */
public interface CharterCommitmentRepository extends Repository<CharterCommitment, Integer> {

    List<CharterCommitment> findAllByOrderByNumber();
}
