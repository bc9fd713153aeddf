package uk.sexualsafety.cop.portal.nhsmail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;
import uk.sexualsafety.cop.db.member.MembershipRequestStatus;
import uk.sexualsafety.cop.portal.member.EmailAddresses;
import uk.sexualsafety.cop.portal.member.MembershipProperties;

import java.util.Optional;

/**
 * What an NHSmail sign-in leads to (decision 032): a verified address of an active account signs that account in;
 * an unknown address in the allowed domains may ask to join; anything else is refused with its reason.
 */
@Service
class NhsMailAccounts {

    sealed interface Outcome {
    }

    record SignsIn(long accountId) implements Outcome {
    }

    record MayJoin() implements Outcome {
    }

    record Refused(NhsMailNotice notice) implements Outcome {
    }

    private final AccountRepository accounts;
    private final MembershipRequestRepository requests;
    private final MembershipProperties membership;

    NhsMailAccounts(AccountRepository accounts, MembershipRequestRepository requests,
                    MembershipProperties membership) {
        this.accounts = accounts;
        this.requests = requests;
        this.membership = membership;
    }

    @Transactional(readOnly = true)
    public Outcome decide(NhsMailIdentity identity) {
        if (!identity.verified() || identity.email() == null) {
            return new Refused(NhsMailNotice.UNVERIFIED);
        }
        Optional<String> domain = EmailAddresses.domainOf(identity.email());
        if (domain.isEmpty()) {
            return new Refused(NhsMailNotice.UNVERIFIED);
        }
        String email = Account.normaliseEmail(identity.email());
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isPresent()) {
            return account.get().isActive() ? new SignsIn(account.get().getId())
                    : new Refused(NhsMailNotice.SUSPENDED);
        }
        if (!membership.allows(domain.get())) {
            return new Refused(NhsMailNotice.DOMAIN);
        }
        if (requests.existsByEmailAndStatus(email, MembershipRequestStatus.PENDING)) {
            return new Refused(NhsMailNotice.WAITING);
        }
        return new MayJoin();
    }
}
