package uk.sexualsafety.cop.portal.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import java.util.Collection;

/**
 * Sends plain-text emails, one message per recipient so that nobody learns who else received it.
 *
 * <p>It never throws: an email is a side effect of something that has already happened (callers send after their
 * transaction commits), and must neither undo it nor show the person an error. A failure is logged and counted in
 * {@code portal.mail.failures} instead. Without a mail server ({@code spring.mail.host} unset, the zero-setup
 * default) it only logs that an email was not sent. Logs name the subject and exception types, never recipients,
 * bodies or exception messages (which can quote addresses).
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final NotificationProperties properties;
    private final Counter failures;

    Mailer(ObjectProvider<JavaMailSender> sender, NotificationProperties properties, MeterRegistry meters) {
        // Spring Boot defines a JavaMailSender only when spring.mail.host is set.
        this.sender = sender.getIfAvailable();
        this.properties = properties;
        this.failures = Counter.builder("portal.mail.failures")
                .description("Emails that could not be sent")
                .register(meters);
    }

    /** Sends {@code body} to each recipient as a message of its own. */
    public void send(Collection<String> recipients, String subject, String body) {
        if (recipients.isEmpty()) {
            return;
        }
        if (sender == null) {
            recipients.forEach(recipient -> log.info("Email not sent (no mail server configured): {}", subject));
            return;
        }
        SimpleMailMessage[] messages = recipients.stream()
                .map(recipient -> message(recipient, subject, body))
                .toArray(SimpleMailMessage[]::new);
        try {
            // One connection for all of them; each message still has a single recipient.
            sender.send(messages);
        } catch (MailException e) {
            int failed = e instanceof MailSendException send && !send.getFailedMessages().isEmpty()
                    ? send.getFailedMessages().size()
                    : messages.length;
            record(subject, failed, messages.length, e);
        } catch (RuntimeException e) {
            record(subject, messages.length, messages.length, e);
        }
    }

    /** Counts and logs a notification that failed before its emails could be handed over (e.g. finding who gets it). */
    public void failedBeforeSending(String subject, RuntimeException e) {
        record(subject, 1, 1, e);
    }

    private SimpleMailMessage message(String recipient, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        return message;
    }

    private void record(String subject, int failed, int total, RuntimeException e) {
        failures.increment(failed);
        log.warn("{} of {} emails not sent ({}, cause {}): {}", failed, total, e.getClass().getName(),
                cause(e).getClass().getName(), subject);
    }

    private static Throwable cause(RuntimeException e) {
        // A failure per message has no cause of its own: the first message's tells why.
        if (e instanceof MailSendException send && send.getCause() == null && !send.getFailedMessages().isEmpty()) {
            return NestedExceptionUtils.getMostSpecificCause(send.getFailedMessages().values().iterator().next());
        }
        return NestedExceptionUtils.getMostSpecificCause(e);
    }
}
