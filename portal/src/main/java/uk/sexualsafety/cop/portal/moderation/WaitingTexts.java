package uk.sexualsafety.cop.portal.moderation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The texts of a content type that moderators can search the queue by: what each waiting item says, beside the
 * title the queue already shows. A content type implements it as a Spring bean; a type without one is searched by
 * its title alone.
 */
public interface WaitingTexts {

    /** The workflow's name of the type, e.g. "story". */
    String contentType();

    /**
     * The texts of each content as it waits for a decision, by content id, in one go for many items; content that
     * no longer exists is left out (never an error). Called in a read-only transaction.
     */
    Map<Long, List<String>> waitingTexts(Collection<Long> contentIds);
}
