package uk.sexualsafety.cop.portal.investigator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.portal.notification.Mailer;
import uk.sexualsafety.cop.portal.notification.NotificationProperties;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Tells an investigator by email that an offer waits for their answer, once the offer is committed. The email says
 * only that there is an offer and until when: the organisation and the case stay behind the sign-in.
 */
@Component
class OfferNotifications {

    static final String SUBJECT = "A request for an investigator is waiting for your answer";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK).withZone(PoolDates.UK);

    private final AccountRepository accounts;
    private final Mailer mailer;
    private final NotificationProperties properties;

    OfferNotifications(AccountRepository accounts, Mailer mailer, NotificationProperties properties) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void offered(InvestigatorOffered event) {
        try {
            accounts.findById(event.investigatorAccountId()).filter(Account::isActive).ifPresent(account ->
                    mailer.send(List.of(account.getEmail()), SUBJECT, body(event)));
        } catch (RuntimeException e) {
            mailer.failedBeforeSending(SUBJECT, e);
        }
    }

    private String body(InvestigatorOffered event) {
        return """
                A request for an independent investigator from the shared pool has been offered to you.

                Please accept or decline it by %s, in your cases:
                %s/investigator/cases

                If you do not answer by then, the offer lapses and passes to another investigator. This email does \
                not include anything about the request; sign in to the portal to read it.

                You receive this email because you are an investigator in the pool of the Sexual Safety Community of \
                Practice portal.
                """.formatted(WHEN.format(event.expiresAt()), properties.baseUrl());
    }
}
