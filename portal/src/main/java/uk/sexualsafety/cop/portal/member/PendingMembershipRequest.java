package uk.sexualsafety.cop.portal.member;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

/** A request waiting for an administrator, as the approval list shows it. */
public record PendingMembershipRequest(long id, String fullName, String email, String jobTitle,
                                       String organisationName, String reason, Instant requestedAt, long version) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public MembershipRequestRef ref() {
        return new MembershipRequestRef(id, version);
    }

    /** Whether the request's name, email address or organisation contains the text, whatever its case. */
    public boolean matches(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.UK);
        return wanted.isEmpty() || Stream.of(fullName, email, organisationName)
                .anyMatch(field -> field != null && field.toLowerCase(Locale.UK).contains(wanted));
    }
}
