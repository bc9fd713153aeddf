package uk.sexualsafety.cop.db.casestudy;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

/** Reads versions; they are written only through their {@link CaseStudy}. */
public interface CaseStudyVersionRepository extends Repository<CaseStudyVersion, Long> {

    /** One published version of a case study by its number. */
    @Query("select v from CaseStudyVersion v where v.caseStudy.id = :caseStudyId and v.number = :number")
    Optional<CaseStudyVersion> findPublished(@Param("caseStudyId") long caseStudyId, @Param("number") int number);

    /** Every published version of a case study, oldest first. */
    @Query("""
            select v from CaseStudyVersion v
            where v.caseStudy.id = :caseStudyId and v.number is not null
            order by v.number""")
    List<CaseStudyVersion> findAllPublished(@Param("caseStudyId") long caseStudyId);
}
