package uk.sexualsafety.cop.db.casestudy.discussion;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostModeratedMemberRepository extends JpaRepository<PostModeratedMember, Long> {
}
