package uk.sexualsafety.cop.db.policy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public interface PolicyReviewReminderRepository extends JpaRepository<PolicyReviewReminder, Long> {

    /**
     * Records that a reminder goes out, unless it already went: 1 when this call claimed it, 0 when it was sent
     * before. The unique key decides, so two nodes can never both send it.
     */
    @Modifying
    @Query(value = """
            insert ignore into policy_review_reminder (policy_id, review_due_on, kind, recipients, sent_at)
            values (:policyId, :reviewDueOn, :kind, :recipients, :sentAt)""", nativeQuery = true)
    int claim(@Param("policyId") long policyId, @Param("reviewDueOn") LocalDate reviewDueOn,
              @Param("kind") String kind, @Param("recipients") int recipients, @Param("sentAt") Instant sentAt);

    List<PolicyReviewReminder> findByPolicyIdOrderBySentAt(long policyId);
}
