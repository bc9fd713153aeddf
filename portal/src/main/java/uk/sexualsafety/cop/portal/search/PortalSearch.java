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
import uk.sexualsafety.cop.search.Suggestion;
import uk.sexualsafety.cop.search.suggestion.Suggestions;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The portal's entry to search: it decides from the signed-in person, never from the request, what they may see.
 */
@Service
@PermitAll
public class PortalSearch {

    private final SearchService search;
    private final Suggestions suggestions;
    private final CurrentUser currentUser;

    PortalSearch(SearchService search, Suggestions suggestions, CurrentUser currentUser) {
        this.search = search;
        this.suggestions = suggestions;
        this.currentUser = currentUser;
    }

    public SearchResults search(SearchQuery query) {
        return search.search(query, viewerFor(currentUser.require()));
    }

    /** Completions for what is typed so far: titles this person may open, then the sector's phrases. */
    public List<Suggestion> suggest(String typed) {
        return suggestions.suggest(typed, viewerFor(currentUser.require()));
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
