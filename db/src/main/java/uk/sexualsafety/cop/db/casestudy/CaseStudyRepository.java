package uk.sexualsafety.cop.db.casestudy;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.LocalDate;
import java.util.List;

public interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    /**
     * Whether members may read the case study now (it exists and is published): one indexed look-up by primary key,
     * for every check that needs no more, such as "may this case study be commented on".
     */
    @Query("""
            select count(c) > 0 from CaseStudy c
            where c.id = :id and c.status = uk.sexualsafety.cop.db.casestudy.CaseStudyStatus.PUBLISHED""")
    boolean isPublished(@Param("id") long id);

    /** The author's own case studies, most recently changed first, whatever their status. */
    List<CaseStudy> findByAuthorAccountIdOrderByUpdatedAtDesc(long authorAccountId);

    /**
     * Published case studies with their published version, filtered by what that version says; a null filter
     * matches everything. Sort with the page by {@code c.firstPublishedOn} or {@code v.title}.
     *
     * @param publishedFrom first publication on or after this day
     * @param publishedBefore first publication before this day
     */
    @Query(value = """
            select c from CaseStudy c join fetch c.publishedVersion v
            where c.status = uk.sexualsafety.cop.db.casestudy.CaseStudyStatus.PUBLISHED
              and (:harm is null or v.harmStructure = :harm)
              and (:organisationType is null or v.organisationType = :organisationType)
              and (:theme is null or :theme member of v.themes)
              and (:commitment is null or :commitment member of v.charterCommitments)
              and (:publishedFrom is null or c.firstPublishedOn >= :publishedFrom)
              and (:publishedBefore is null or c.firstPublishedOn < :publishedBefore)""",
            countQuery = """
            select count(c) from CaseStudy c join c.publishedVersion v
            where c.status = uk.sexualsafety.cop.db.casestudy.CaseStudyStatus.PUBLISHED
              and (:harm is null or v.harmStructure = :harm)
              and (:organisationType is null or v.organisationType = :organisationType)
              and (:theme is null or :theme member of v.themes)
              and (:commitment is null or :commitment member of v.charterCommitments)
              and (:publishedFrom is null or c.firstPublishedOn >= :publishedFrom)
              and (:publishedBefore is null or c.firstPublishedOn < :publishedBefore)""")
    Page<CaseStudy> findPublished(@Param("harm") HarmStructure harm,
                                  @Param("organisationType") OrganisationType organisationType,
                                  @Param("theme") Theme theme, @Param("commitment") Integer commitment,
                                  @Param("publishedFrom") LocalDate publishedFrom,
                                  @Param("publishedBefore") LocalDate publishedBefore, Pageable page);

    /** The years in which published case studies first appeared, newest first, for the list's year filter. */
    @Query("""
            select distinct year(c.firstPublishedOn) from CaseStudy c
            where c.status = uk.sexualsafety.cop.db.casestudy.CaseStudyStatus.PUBLISHED
            order by year(c.firstPublishedOn) desc""")
    List<Integer> findPublicationYears();
}
