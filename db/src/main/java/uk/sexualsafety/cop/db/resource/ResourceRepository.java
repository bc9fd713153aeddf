package uk.sexualsafety.cop.db.resource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

    Page<Resource> findByAudienceIn(Collection<Audience> audiences, Pageable pageable);

    long countByAudienceIn(Collection<Audience> audiences);
}
