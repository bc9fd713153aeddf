package uk.sexualsafety.cop.portal.search;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchResults;
import uk.sexualsafety.cop.search.SearchService;
import uk.sexualsafety.cop.search.SearchViewer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The portal's entry to search: it decides from the signed-in person, never from the request, what they may see.
 */
@Service
@PermitAll
public class PortalSearch {

    private final SearchService search;
    private final CurrentUser currentUser;

    PortalSearch(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    public SearchResults search(SearchQuery query) {
        return search.search(query, viewerFor(currentUser.require()));
    }

    /** Members, and the moderators who look after their content, read members-only items; others public ones. */
    public static SearchViewer viewerFor(PortalUser user) {
        return new SearchViewer(audiencesOf(user));
    }

    public static Set<Audience> audiencesOf(PortalUser user) {
        return user.hasRole(Role.MEMBER) || user.hasRole(Role.MODERATOR)
                ? EnumSet.of(Audience.PUBLIC, Audience.MEMBERS)
                : EnumSet.of(Audience.PUBLIC);
    }
}
