package uk.sexualsafety.cop.portal.search;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.db.taxonomy.CharterCommitment;
import uk.sexualsafety.cop.db.taxonomy.CharterCommitmentRepository;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchResults;
import uk.sexualsafety.cop.search.SearchService;
import uk.sexualsafety.cop.search.SearchViewer;
import uk.sexualsafety.cop.search.Suggestion;
import uk.sexualsafety.cop.search.suggestion.Suggestions;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal's entry to search: it decides from the signed-in person, never from the request, what they may see.
 */
@Service
@PermitAll
public class PortalSearch {

    /** What people are told while the search engine cannot be reached (decision 043). */
    public static final String UNAVAILABLE = "Search is unavailable for a moment. Everything else works; please try "
            + "again shortly.";

    private final SearchService search;
    private final Suggestions suggestions;
    private final CurrentUser currentUser;
    private final ResourceRepository resources;
    private final CharterCommitmentRepository commitments;

    PortalSearch(SearchService search, Suggestions suggestions, CurrentUser currentUser,
                 ResourceRepository resources, CharterCommitmentRepository commitments) {
        this.search = search;
        this.suggestions = suggestions;
        this.currentUser = currentUser;
        this.resources = resources;
        this.commitments = commitments;
    }

    /** @throws uk.sexualsafety.cop.search.SearchUnavailableException while the search engine cannot be reached */
    public SearchResults search(SearchQuery query) {
        return search.search(query, viewerFor(currentUser.require()));
    }

    /**
     * Completions for what is typed so far: titles this person may open, then the sector's phrases.
     *
     * @throws uk.sexualsafety.cop.search.SearchUnavailableException while the search engine cannot be reached
     */
    public List<Suggestion> suggest(String typed) {
        return suggestions.suggest(typed, viewerFor(currentUser.require()));
    }

    /**
     * Where the found resources live (their own addresses: resources have no page in the portal), for those this
     * person may read; any other id is left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> resourceAddresses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Audience> audiences = audiencesOf(currentUser.require());
        return resources.findAllById(ids).stream()
                .filter(resource -> audiences.contains(resource.getAudience()))
                .collect(Collectors.toMap(Resource::getId, Resource::getUrl));
    }

    /** The labels of facet values, with the Charter commitments' titles as the portal shows them elsewhere. */
    @Transactional(readOnly = true)
    public FacetLabels facetLabels() {
        return new FacetLabels(commitments.findAllByOrderByNumber().stream()
                .collect(Collectors.toMap(CharterCommitment::getNumber, CharterCommitment::getShortTitle)));
    }

    /** Members, and the moderators who look after their content, read members-only items; others public ones. */
    public static SearchViewer viewerFor(PortalUser user) {
        return new SearchViewer(audiencesOf(user), typesOf(user));
    }

    /** The policy library is for members: a moderator who is not one reads stories and case studies, not policies. */
    static Set<ContentType> typesOf(PortalUser user) {
        Set<ContentType> types = EnumSet.allOf(ContentType.class);
        if (!user.hasRole(Role.MEMBER)) {
            types.remove(ContentType.POLICY);
        }
        return types;
    }

    public static Set<Audience> audiencesOf(PortalUser user) {
        return user.hasRole(Role.MEMBER) || user.hasRole(Role.MODERATOR)
                ? EnumSet.of(Audience.PUBLIC, Audience.MEMBERS)
                : EnumSet.of(Audience.PUBLIC);
    }
}
