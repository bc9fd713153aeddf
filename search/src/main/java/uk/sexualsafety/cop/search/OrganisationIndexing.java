package uk.sexualsafety.cop.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

import java.util.List;
import java.util.Optional;

/**
 * Brings the documents that show an organisation (a policy's owner, a case study that names its organisation) up to
 * date when the organisation itself changes: a new name, kind, nation or board would otherwise show in results and
 * facets only after the next rebuild.
 */
@Service
public class OrganisationIndexing {

    private final EntityManager entityManager;
    private final List<String> itemsNamingOrganisation;

    public OrganisationIndexing(EntityManager entityManager, List<ContentIndexMapping> mappings) {
        this.entityManager = entityManager;
        this.itemsNamingOrganisation = mappings.stream().map(ContentIndexMapping::itemsNamingOrganisation)
                .flatMap(Optional::stream).toList();
    }

    /**
     * Marks every item that shows the organisation for indexing again when the caller's transaction commits, in the
     * same transaction as the change, so that results never show the old and the new organisation side by side.
     * Call it after the organisation's change has been made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void organisationChanged(long organisationId) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        for (String query : itemsNamingOrganisation) {
            entityManager.createQuery(query, Object.class).setParameter("organisation", organisationId)
                    .getResultList().forEach(plan::addOrUpdate);
        }
    }
}
