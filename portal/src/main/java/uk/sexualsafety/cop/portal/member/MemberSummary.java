package uk.sexualsafety.cop.portal.member;

import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;

import java.util.Set;

/** A member as the administrators' list shows them. */
public record MemberSummary(long id, String displayName, String email, String organisationName, Set<Role> roles,
                            AccountStatus status, long version) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public AccountRef ref() {
        return new AccountRef(id, version);
    }
}
