package uk.sexualsafety.cop.portal.casestudy.discussion;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.casestudy.discussion.PostModeratedMember;
import uk.sexualsafety.cop.db.casestudy.discussion.PostModeratedMemberRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Moderators choose members whose comments appear at once and are reviewed afterwards (post-moderation), and take
 * that trust back. Comments by everyone else wait for a moderator before others see them.
 */
@Service
@RolesAllowed(Role.Names.MODERATOR)
public class PostModeration {

    /** The one field of a member to trust: the address they sign in with. */
    public static final String EMAIL = "email";

    /** A trusted member as moderators see them. */
    public record TrustedMember(long accountId, String displayName, String email, String grantedBy) {
    }

    private final PostModeratedMemberRepository trusted;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PostModeration(PostModeratedMemberRepository trusted, AccountRepository accounts, AuditTrail audit,
                   CurrentUser currentUser, Clock clock) {
        this.trusted = trusted;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TrustedMember> trustedMembers() {
        List<PostModeratedMember> all = trusted.findAll();
        Map<Long, Account> people = accounts.findAllById(all.stream()
                        .flatMap(member -> Stream.of(member.getAccountId(), member.getGrantedBy()))
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        return all.stream().filter(member -> people.containsKey(member.getAccountId()))
                .map(member -> new TrustedMember(member.getAccountId(),
                        people.get(member.getAccountId()).getDisplayName(),
                        people.get(member.getAccountId()).getEmail(),
                        people.containsKey(member.getGrantedBy())
                                ? people.get(member.getGrantedBy()).getDisplayName() : "a former moderator"))
                .sorted(Comparator.comparing(TrustedMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Trusts the active member with this email address with post-moderation.
     *
     * @throws uk.sexualsafety.cop.portal.validation.InvalidInputException with the problem in {@link #EMAIL}
     */
    @Transactional
    public TrustedMember trust(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Problems problems = new Problems();
        Account account = address.isEmpty() ? null : accounts.findByEmail(address).orElse(null);
        if (address.isEmpty()) {
            problems.add(EMAIL, "Enter the email address the member signs in with");
        } else if (account == null || !account.isActive() || !account.getRoles().contains(Role.MEMBER)) {
            problems.add(EMAIL, "There is no active member with this email address");
        } else if (account.getId() == currentUser.require().accountId()) {
            // Trust is one moderator's judgement of someone else; nobody publishes their own comments unreviewed.
            problems.add(EMAIL, "You cannot trust your own comments. Another moderator can choose to trust them");
        } else if (trusted.existsById(account.getId())) {
            problems.add(EMAIL, account.getDisplayName() + "'s comments already appear before review");
        }
        problems.throwIfAny();
        long me = currentUser.require().accountId();
        trusted.save(new PostModeratedMember(account.getId(), me, clock.instant()));
        audit.record("POST_MODERATION_GRANTED", "account", account.getId(), null);
        return new TrustedMember(account.getId(), account.getDisplayName(), account.getEmail(),
                currentUser.require().displayName());
    }

    /** Their comments wait for a moderator again from now on. */
    @Transactional
    public void stopTrusting(long accountId) {
        if (trusted.existsById(accountId)) {
            trusted.deleteById(accountId);
            audit.record("POST_MODERATION_REVOKED", "account", accountId, null);
        }
    }
}
