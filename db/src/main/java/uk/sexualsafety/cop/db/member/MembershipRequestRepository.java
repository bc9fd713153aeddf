package uk.sexualsafety.cop.db.member;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface MembershipRequestRepository extends JpaRepository<MembershipRequest, Long> {

    List<MembershipRequest> findByStatusOrderByRequestedAt(MembershipRequestStatus status);

    boolean existsByEmailAndStatus(String normalisedEmail, MembershipRequestStatus status);
}
