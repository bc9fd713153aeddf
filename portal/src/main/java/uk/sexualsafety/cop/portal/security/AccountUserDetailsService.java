package uk.sexualsafety.cop.portal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;

import java.util.Optional;

/** Finds accounts by email address for the password check, and rebuilds the signed-in person on each request. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        // An account without a password (joined through NHSmail) answers as an unknown one: same message, same time.
        return accounts.findByEmail(Account.normaliseEmail(email))
                .filter(account -> account.getPasswordHash() != null)
                .map(PortalUser::forPasswordCheck)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** The active account behind a sign-in, or empty when it was removed or suspended since. */
    @Transactional(readOnly = true)
    public Optional<PortalUser> activeUser(long accountId) {
        return accounts.findById(accountId).filter(Account::isActive).map(PortalUser::signedIn);
    }
}
