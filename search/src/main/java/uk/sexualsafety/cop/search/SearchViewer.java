package uk.sexualsafety.cop.search;

import uk.sexualsafety.cop.db.resource.Audience;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the person searching may see. Every search filters on it, hits and facet counts alike; the caller builds it
 * from the signed-in person, never from request parameters.
 *
 * @param audiences the audiences whose items this person may read; never empty
 */
public record SearchViewer(Set<Audience> audiences) {

    public SearchViewer {
        Objects.requireNonNull(audiences, "audiences");
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("A search viewer must be allowed to see at least one audience");
        }
        audiences = Set.copyOf(EnumSet.copyOf(audiences));
    }

    /** Someone who is not signed in: public items only. */
    public static SearchViewer anonymous() {
        return new SearchViewer(EnumSet.of(Audience.PUBLIC));
    }

    /** A signed-in member of the community: public and members-only items. */
    public static SearchViewer member() {
        return new SearchViewer(EnumSet.of(Audience.PUBLIC, Audience.MEMBERS));
    }

    public boolean mayRead(Audience audience) {
        return audiences.contains(audience);
    }
}
