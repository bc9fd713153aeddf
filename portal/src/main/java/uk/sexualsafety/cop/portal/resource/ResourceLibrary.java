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

    /** One page of resources and how many there are in all. */
    public record Page(List<ResourceSummary> resources, long total) {
    }

    private final ResourceRepository resources;
    private final CurrentUser currentUser;

    ResourceLibrary(ResourceRepository resources, CurrentUser currentUser) {
        this.resources = resources;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Page browse(Filter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        var page = resources.browse(PortalSearch.audiencesOf(currentUser.require()), filter.kind(), filter.theme(),
                PageRequest.of(Math.max(0, offset) / size, size));
        return new Page(page.getContent().stream().map(ResourceLibrary::summary).toList(), page.getTotalElements());
    }

    private static ResourceSummary summary(Resource resource) {
        return new ResourceSummary(resource.getId(), resource.getTitle(), resource.getSummary(), resource.getUrl(),
                resource.getKind(), resource.getThemes(), resource.getPublishedOn());
    }
}
