package uk.sexualsafety.cop.db.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface IcbRepository extends JpaRepository<Icb, Long> {

    List<Icb> findAllByOrderByName();
}
