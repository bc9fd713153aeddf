package uk.sexualsafety.cop.db.story;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadingPreferencesRepository extends JpaRepository<ReadingPreferences, Long> {
}
