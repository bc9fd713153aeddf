package uk.sexualsafety.cop.portal.notification;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Emails about a person's own account (links to confirm an address or choose a password, decisions on a request to
 * join): sent after the transaction commits, by one background thread in the order they were queued. The request
 * that caused one does not wait for the mail server, so it takes as long whether or not an email goes out: a reply
 * that came back sooner for unknown addresses would tell which ones have accounts (decision 030). Failures are
 * counted and logged by {@link Mailer}; when the queue is full the email is dropped and counted the same way rather
 * than holding the request up.
 */
@Service
public class BackgroundMail {

    private static final int QUEUE = 1_000;

    private final Mailer mailer;
    private final ThreadPoolExecutor sender;

    BackgroundMail(Mailer mailer) {
        this.mailer = mailer;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                runnable -> {
                    Thread thread = new Thread(runnable, "account-mail");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Sends the email once the current transaction has committed (at once when there is none); never throws. */
    public void sendAfterCommit(String recipient, String subject, String body) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue(recipient, subject, body);
                }
            });
        } else {
            queue(recipient, subject, body);
        }
    }

    private void queue(String recipient, String subject, String body) {
        try {
            sender.execute(() -> mailer.send(List.of(recipient), subject, body));
        } catch (RejectedExecutionException full) {
            mailer.failedBeforeSending(subject, full);
        }
    }

    /** Emails already queued still go out when the portal stops gracefully. */
    @PreDestroy
    void finishQueuedEmails() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(30, TimeUnit.SECONDS);
    }
}
