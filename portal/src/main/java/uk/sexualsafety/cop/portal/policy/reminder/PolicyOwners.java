package uk.sexualsafety.cop.portal.policy.reminder;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.policy.Policy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who looks after a policy's review: whoever shared it and whoever uploaded its current version, while their accounts
 * are active and still belong to its organisation, and the organisation's active trust requesters, its HR and
 * employee relations leads, so that a policy whose uploader has left still reaches someone responsible.
 */
@Component
class PolicyOwners {

    private final EntityManager entityManager;

    PolicyOwners(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Their email addresses, each once; in the caller's transaction. */
    List<String> emailsOf(Policy policy) {
        // Often one person: a set that allows the same id twice.
        Set<Long> uploaders = new HashSet<>(List.of(policy.getCreatedBy(),
                policy.getCurrentVersion().orElseThrow().getUploadedBy()));
        return entityManager.createQuery("""
                        select a.email from Account a
                        where a.status = :active and a.organisation.id = :organisation
                          and (a.id in :uploaders or :lead member of a.roles)
                        order by a.id""", String.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("organisation", policy.getOrganisation().getId())
                .setParameter("uploaders", uploaders)
                .setParameter("lead", Role.TRUST_REQUESTER)
                .getResultList();
    }
}
