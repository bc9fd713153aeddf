package uk.sexualsafety.cop.portal.resource;

import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.util.List;

/** Browsing the community's resources, limited to what the signed-in person may read. */
@Service
@PermitAll
public class ResourceLibrary {

    /** A filter of the library; null means any. */
    public record Filter(ResourceKind kind, Theme theme) {
    }

    private final ResourceRepository resources;
    private final CurrentUser currentUser;

    ResourceLibrary(ResourceRepository resources, CurrentUser currentUser) {
        this.resources = resources;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ResourceSummary> browse(Filter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        return resources.browse(PortalSearch.audiencesOf(currentUser.require()), filter.kind(), filter.theme(),
                        PageRequest.of(Math.max(0, offset) / size, size))
                .stream().map(ResourceLibrary::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return resources.countBrowsable(PortalSearch.audiencesOf(currentUser.require()), filter.kind(),
                filter.theme());
    }

    private static ResourceSummary summary(Resource resource) {
        return new ResourceSummary(resource.getId(), resource.getTitle(), resource.getSummary(), resource.getUrl(),
                resource.getKind(), resource.getThemes(), resource.getPublishedOn());
    }
}
