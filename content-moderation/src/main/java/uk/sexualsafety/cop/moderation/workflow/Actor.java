package uk.sexualsafety.cop.moderation.workflow;

import java.util.Optional;

/**
 * Who asks to act. An account is checked against the database (is it an active moderator? the item's contributor?);
 * an anonymous contributor is someone the content's own service has already recognised by their receipt code.
 */
public final class Actor {

    private final Long accountId;

    private Actor(Long accountId) {
        this.accountId = accountId;
    }

    public static Actor account(long accountId) {
        return new Actor(accountId);
    }

    /** Only for a caller that has verified the contributor's receipt code for this very item. */
    public static Actor verifiedAnonymousContributor() {
        return new Actor(null);
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    public boolean isAnonymous() {
        return accountId == null;
    }

    @Override
    public String toString() {
        return isAnonymous() ? "Actor[anonymous contributor]" : "Actor[account " + accountId + "]";
    }
}
