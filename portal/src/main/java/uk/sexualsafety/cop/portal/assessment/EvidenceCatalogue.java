package uk.sexualsafety.cop.portal.assessment;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.assessment.EvidenceKind;
import uk.sexualsafety.cop.db.assessment.EvidenceRef;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What evidence links point at, read in one query per kind: titles, and whether each target is still available.
 * A case study is named only by its published version, so a link never shows a draft's title.
 */
@Component
class EvidenceCatalogue {

    private static final String GONE = "No longer in the portal";

    private final NamedParameterJdbcTemplate jdbc;

    EvidenceCatalogue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each link with its title; withdrawn, archived or missing targets are marked unavailable. */
    Map<EvidenceRef, EvidenceLinkView> describe(Collection<EvidenceRef> refs) {
        Map<EvidenceRef, EvidenceLinkView> views = new HashMap<>();
        Map<EvidenceKind, Set<Long>> byKind = refs.stream().collect(Collectors.groupingBy(EvidenceRef::kind,
                Collectors.mapping(EvidenceRef::targetId, Collectors.toSet())));
        byKind.forEach((kind, ids) -> jdbc.query(query(kind), Map.of("ids", ids), row -> {
            EvidenceRef ref = new EvidenceRef(kind, row.getLong("id"));
            views.put(ref, new EvidenceLinkView(ref, row.getString("title"), row.getBoolean("available")));
        }));
        for (EvidenceRef ref : refs) {
            views.putIfAbsent(ref, new EvidenceLinkView(ref, GONE, false));
        }
        return views;
    }

    /** The organisation's active policies addressing each Charter commitment, from the policies' coverage table. */
    Map<Integer, List<EvidenceRef>> policiesByCommitment(long organisationId) {
        Map<Integer, List<EvidenceRef>> byCommitment = new HashMap<>();
        jdbc.query("""
                select pc.commitment_number, p.id from policy p join policy_commitment pc on pc.policy_id = p.id
                where p.organisation_id = :organisation and p.status = 'ACTIVE' order by p.id""",
                Map.of("organisation", organisationId), row -> {
                    byCommitment.computeIfAbsent(row.getInt(1), number -> new java.util.ArrayList<>())
                            .add(new EvidenceRef(EvidenceKind.POLICY, row.getLong(2)));
                });
        return byCommitment;
    }

    /**
     * Whether a lead may add a link to this target: their own organisation's active policy, a published case
     * study, or a resource. Links already saved stay even when their target is later withdrawn.
     */
    boolean mayLink(EvidenceRef ref, long organisationId) {
        String sql = switch (ref.kind()) {
            case POLICY -> "select count(*) from policy where id = :id and status = 'ACTIVE' "
                    + "and organisation_id = :organisation";
            case CASE_STUDY -> "select count(*) from case_study where id = :id and status = 'PUBLISHED'";
            case RESOURCE -> "select count(*) from resource where id = :id";
        };
        Integer count = jdbc.queryForObject(sql, Map.of("id", ref.targetId(), "organisation", organisationId),
                Integer.class);
        return count != null && count > 0;
    }

    private static String query(EvidenceKind kind) {
        return switch (kind) {
            case POLICY -> "select id, title, status = 'ACTIVE' as available from policy where id in (:ids)";
            case CASE_STUDY -> """
                    select c.id, coalesce(v.title, 'A case study no longer published') as title,
                           c.status = 'PUBLISHED' as available
                    from case_study c left join case_study_version v on v.id = c.published_version_id
                    where c.id in (:ids)""";
            case RESOURCE -> "select id, title, true as available from resource where id in (:ids)";
        };
    }
}
