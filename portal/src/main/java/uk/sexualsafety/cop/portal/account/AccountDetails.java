package uk.sexualsafety.cop.portal.account;

import java.util.List;

/** What the portal shows a person about their own account. The organisation is absent for accounts without one. */
public record AccountDetails(String displayName, String email, String organisation, List<String> roles) {

    public AccountDetails {
        roles = List.copyOf(roles);
    }
}
