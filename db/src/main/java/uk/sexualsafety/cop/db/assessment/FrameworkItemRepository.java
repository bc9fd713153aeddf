package uk.sexualsafety.cop.db.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface FrameworkItemRepository extends JpaRepository<FrameworkItem, Long> {

    List<FrameworkItem> findByFrameworkIdOrderByPosition(long frameworkId);
}
