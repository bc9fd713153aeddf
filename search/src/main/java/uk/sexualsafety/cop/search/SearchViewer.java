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
 * @param types     the kinds of item this person may open at all (a moderator who is not a member reads members'
 *                  stories and case studies but not the policy library); never empty
 */
public record SearchViewer(Set<Audience> audiences, Set<ContentType> types) {

    public SearchViewer {
        Objects.requireNonNull(audiences, "audiences");
        Objects.requireNonNull(types, "types");
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("A search viewer must be allowed to see at least one audience");
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("A search viewer must be allowed to see at least one type");
        }
        audiences = Set.copyOf(EnumSet.copyOf(audiences));
        types = Set.copyOf(EnumSet.copyOf(types));
    }

    /** Someone who may open items of every type in these audiences. */
    public SearchViewer(Set<Audience> audiences) {
        this(audiences, EnumSet.allOf(ContentType.class));
    }

    /** Whether some types are out of this viewer's reach, so that every query must name the others. */
    public boolean limitedToSomeTypes() {
        return types.size() < ContentType.values().length;
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
