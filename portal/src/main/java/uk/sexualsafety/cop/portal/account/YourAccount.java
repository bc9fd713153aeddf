package uk.sexualsafety.cop.portal.account;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.util.Comparator;

/** The signed-in person's own account: only ever theirs, whatever the caller asks. */
@Service
@PermitAll
public class YourAccount {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    YourAccount(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public AccountDetails details() {
        Account account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        return new AccountDetails(account.getDisplayName(), account.getEmail(),
                account.getOrganisation() == null ? null : account.getOrganisation().getName(),
                account.getRoles().stream().sorted(Comparator.naturalOrder()).map(Role::label).toList());
    }
}
