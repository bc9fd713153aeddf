package uk.sexualsafety.cop.moderation.workflow;

import java.util.List;
import java.util.Objects;

/** What the moderation queue shows of a piece of content besides its moderation state. */
public record QueueDetails(String title, List<String> contentWarnings) {

    public QueueDetails {
        Objects.requireNonNull(title, "title");
        contentWarnings = List.copyOf(contentWarnings);
    }
}
