package uk.sexualsafety.cop.portal.moderation;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;

import java.util.List;

/** The email addresses of everyone who moderates now: active accounts with the moderator role. */
@Component
class ModeratorAddresses {

    private final EntityManager entityManager;

    ModeratorAddresses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * In a transaction of its own: the urgent-item email is sent after the action's transaction has committed, when
     * that transaction can no longer be joined.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public List<String> active() {
        return entityManager.createQuery("""
                        select a.email from Account a
                        where a.status = :active and :moderator member of a.roles
                        order by a.id""", String.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("moderator", Role.MODERATOR)
                .getResultList();
    }
}
