package uk.sexualsafety.cop.db.policy;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.sexualsafety.cop.db.organisation.Nation;

import java.time.LocalDate;
import java.util.List;

public interface PolicyRepository extends JpaRepository<Policy, Long> {

    /**
     * Active policies, most recently changed first, narrowed by each filter that is not null; with
     * {@code overdueOnly}, only those whose review was due before {@code today}.
     */
    @Query("""
            select new uk.sexualsafety.cop.db.policy.PolicyListing(p.id, p.title, p.type, o.id, o.name, v.label,
                   v.effectiveOn, v.reviewDueOn, p.adaptable)
            from Policy p join p.organisation o left join o.icb i join p.currentVersion v
            where p.status = uk.sexualsafety.cop.db.policy.PolicyStatus.ACTIVE
              and (:type is null or p.type = :type)
              and (:organisationId is null or o.id = :organisationId)
              and (:nation is null or o.nation = :nation)
              and (:icbId is null or i.id = :icbId)
              and (:commitment is null or :commitment member of p.commitments)
              and (:overdueOnly = false or v.reviewDueOn < :today)
            order by p.updatedAt desc, p.id desc""")
    List<PolicyListing> browse(@Param("type") PolicyType type, @Param("organisationId") Long organisationId,
                               @Param("nation") Nation nation, @Param("icbId") Long icbId,
                               @Param("commitment") Integer commitment, @Param("overdueOnly") boolean overdueOnly,
                               @Param("today") LocalDate today, Pageable page);

    @Query("""
            select count(p)
            from Policy p join p.organisation o left join o.icb i join p.currentVersion v
            where p.status = uk.sexualsafety.cop.db.policy.PolicyStatus.ACTIVE
              and (:type is null or p.type = :type)
              and (:organisationId is null or o.id = :organisationId)
              and (:nation is null or o.nation = :nation)
              and (:icbId is null or i.id = :icbId)
              and (:commitment is null or :commitment member of p.commitments)
              and (:overdueOnly = false or v.reviewDueOn < :today)""")
    long countBrowsable(@Param("type") PolicyType type, @Param("organisationId") Long organisationId,
                        @Param("nation") Nation nation, @Param("icbId") Long icbId,
                        @Param("commitment") Integer commitment, @Param("overdueOnly") boolean overdueOnly,
                        @Param("today") LocalDate today);

    /** Which commitments each organisation's active policies address, by organisation name. */
    @Query("""
            select distinct new uk.sexualsafety.cop.db.policy.CommitmentCoverage(o.id, o.name, c)
            from Policy p join p.organisation o join p.commitments c
            where p.status = uk.sexualsafety.cop.db.policy.PolicyStatus.ACTIVE and p.currentVersion is not null
            order by o.name, c""")
    List<CommitmentCoverage> findCoverage();

    /** Organisations with at least one active policy, by name, as [id, name]. */
    @Query("""
            select distinct o.id, o.name from Policy p join p.organisation o
            where p.status = uk.sexualsafety.cop.db.policy.PolicyStatus.ACTIVE and p.currentVersion is not null
            order by o.name""")
    List<Object[]> findOrganisationsWithPolicies();

    /** Active policies whose current version's review is due on or before {@code dueBy}, soonest first. */
    @Query("""
            select new uk.sexualsafety.cop.db.policy.ReviewDue(p.id, v.reviewDueOn)
            from Policy p join p.currentVersion v
            where p.status = uk.sexualsafety.cop.db.policy.PolicyStatus.ACTIVE and v.reviewDueOn <= :dueBy
            order by v.reviewDueOn, p.id""")
    List<ReviewDue> findReviewsDueBy(@Param("dueBy") LocalDate dueBy);
}
