package uk.sexualsafety.cop.db.resource;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.util.Collection;
import java.util.List;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

    /**
     * The resources of the given audiences, optionally of one kind and with one theme, newest first; the caller
     * decides which audiences the reader may see. No count query: {@link #countBrowsable} is asked only when needed.
     */
    @Query("""
            select r from Resource r
            where r.audience in :audiences
              and (:kind is null or r.kind = :kind)
              and (:theme is null or :theme member of r.themes)
            order by r.publishedOn desc, r.id desc
            """)
    List<Resource> browse(@Param("audiences") Collection<Audience> audiences, @Param("kind") ResourceKind kind,
                          @Param("theme") Theme theme, Pageable pageable);

    @Query("""
            select count(r) from Resource r
            where r.audience in :audiences
              and (:kind is null or r.kind = :kind)
              and (:theme is null or :theme member of r.themes)
            """)
    long countBrowsable(@Param("audiences") Collection<Audience> audiences, @Param("kind") ResourceKind kind,
                        @Param("theme") Theme theme);
}
