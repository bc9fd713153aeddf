package uk.sexualsafety.cop.db.moderation;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Append and read only: history is never rewritten. */
public interface ModerationHistoryRepository extends Repository<ModerationHistoryEntry, Long> {

    ModerationHistoryEntry save(ModerationHistoryEntry entry);

    List<ModerationHistoryEntry> findByItemIdOrderByOccurredAtAscIdAsc(long itemId);
}
