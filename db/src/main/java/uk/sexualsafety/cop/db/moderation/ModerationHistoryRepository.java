package uk.sexualsafety.cop.db.moderation;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Append and read only: history is never rewritten. */
public interface ModerationHistoryRepository extends Repository<ModerationHistoryEntry, Long> {

    ModerationHistoryEntry save(ModerationHistoryEntry entry);

    /**
     * The item's history in the order it happened: by id, because an anonymous contributor's entries keep their time
     * only to the hour (decision 025) and would sort before a moderator's earlier entry in the same hour.
     */
    List<ModerationHistoryEntry> findByItemIdOrderByIdAsc(long itemId);
}
