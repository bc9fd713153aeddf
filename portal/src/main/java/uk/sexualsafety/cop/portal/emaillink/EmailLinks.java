package uk.sexualsafety.cop.portal.emaillink;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.EmailLink;
import uk.sexualsafety.cop.db.member.EmailLinkPurpose;
import uk.sexualsafety.cop.db.member.EmailLinkRepository;
import uk.sexualsafety.cop.portal.notification.NotificationProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Links sent by email that let whoever holds them do one thing once before they expire: confirm an address to join,
 * choose a new password (decision 030). A link is found by its token's hash and deleted when used; an expired,
 * used, malformed or made-up token finds nothing, and the callers answer all of them alike.
 */
@Service
public class EmailLinks {

    /** Where a link to confirm an address opens (followed by the token). */
    public static final String CONFIRM_JOIN_PATH = "join/confirm";
    /** Where a link to choose a new password opens (followed by the token). */
    public static final String RESET_PASSWORD_PATH = "password/reset";

    private final EmailLinkRepository links;
    private final NotificationProperties notification;
    private final Clock clock;

    EmailLinks(EmailLinkRepository links, NotificationProperties notification, Clock clock) {
        this.links = links;
        this.notification = notification;
        this.clock = clock;
    }

    /** A new link confirming the request's address; the address to put in the email. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String toConfirmJoining(long membershipRequestId, Duration validFor) {
        LinkToken token = LinkToken.random();
        Instant now = clock.instant();
        links.save(EmailLink.toConfirmJoining(membershipRequestId, token.hash(), now, now.plus(validFor)));
        return address(EmailLinkPurpose.CONFIRM_JOIN, token);
    }

    /** A new link to choose the account's password; the address to put in the email. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String toResetPassword(long accountId, Duration validFor) {
        LinkToken token = LinkToken.random();
        Instant now = clock.instant();
        links.save(EmailLink.toResetPassword(accountId, token.hash(), now, now.plus(validFor)));
        return address(EmailLinkPurpose.RESET_PASSWORD, token);
    }

    /** The live link for this token and purpose, left in place (opening the page must not use it up). */
    @Transactional(readOnly = true)
    public Optional<EmailLink> find(EmailLinkPurpose purpose, String token) {
        Instant now = clock.instant();
        return LinkToken.parse(token).flatMap(parsed -> links.findByTokenHashAndPurpose(parsed.hash(), purpose))
                .filter(link -> !link.isExpiredAt(now));
    }

    /**
     * Uses the link up: it is deleted in the caller's transaction, so that if what it allows fails, the link still
     * works. Of two uses at once, the second waits for the first and then finds nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<EmailLink> use(EmailLinkPurpose purpose, String token) {
        Instant now = clock.instant();
        Optional<EmailLink> link = LinkToken.parse(token)
                .flatMap(parsed -> links.lockByTokenHashAndPurpose(parsed.hash(), purpose));
        link.ifPresent(links::delete);
        return link.filter(found -> !found.isExpiredAt(now));
    }

    /** Whether a link to reset this account's password was sent within the last {@code period}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean resetSentWithin(long accountId, Duration period) {
        return links.existsByAccountIdAndPurposeAndCreatedAtAfter(accountId, EmailLinkPurpose.RESET_PASSWORD,
                clock.instant().minus(period));
    }

    /** Whether a link to confirm this request was sent within the last {@code period}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean confirmationSentWithin(long membershipRequestId, Duration period) {
        return links.existsByMembershipRequestIdAndCreatedAtAfter(membershipRequestId,
                clock.instant().minus(period));
    }

    /** Every unused link to reset the account's password stops working (its password has just changed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelResets(long accountId) {
        links.deleteByAccountIdAndPurpose(accountId, EmailLinkPurpose.RESET_PASSWORD);
    }

    private String address(EmailLinkPurpose purpose, LinkToken token) {
        String path = switch (purpose) {
            case CONFIRM_JOIN -> CONFIRM_JOIN_PATH;
            case RESET_PASSWORD -> RESET_PASSWORD_PATH;
        };
        return notification.baseUrl() + "/" + path + "/" + token.value();
    }
}
