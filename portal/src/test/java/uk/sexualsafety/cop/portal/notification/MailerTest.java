package uk.sexualsafety.cop.portal.notification;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MailerTest {

    private static final List<String> RECIPIENTS = List.of("first.moderator@test.nhs.net", "second@test.nhs.net");
    private static final String BODY = "A body that must stay out of the logs";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final NotificationProperties properties = new NotificationProperties("https://portal.test/", null);

    @Test
    void withoutAMailServerItLogsEachMessageItWouldHaveSentAndNothingPersonal(CapturedOutput output) {
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties,
                meters);

        mailer.send(RECIPIENTS, "A subject", BODY);

        assertThat(output.getOut().lines().filter(line -> line.contains(
                "INFO") && line.endsWith("Email not sent (no mail server configured): A subject"))).hasSize(2);
        assertThat(output.getAll()).doesNotContain("test.nhs.net", BODY);
        assertThat(failures()).isZero();
    }

    @Test
    void eachRecipientGetsAMessageOfTheirOwnFromThePortal() {
        var sent = new ArrayList<SimpleMailMessage>();
        Mailer mailer = mailer(new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                sent.addAll(List.of(messages));
            }
        });

        mailer.send(RECIPIENTS, "A subject", BODY);

        assertThat(sent).extracting(SimpleMailMessage::getTo)
                .containsExactly(new String[] {RECIPIENTS.get(0)}, new String[] {RECIPIENTS.get(1)});
        assertThat(sent).allSatisfy(message -> {
            assertThat(message.getFrom()).isEqualTo("no-reply@sexualsafety.example");
            assertThat(message.getCc()).isNull();
            assertThat(message.getBcc()).isNull();
            assertThat(message.getSubject()).isEqualTo("A subject");
            assertThat(message.getText()).isEqualTo(BODY);
        });
    }

    @Test
    void aMessageTheServerRefusesIsCountedAndLoggedWithoutItsAddress(CapturedOutput output) {
        Mailer mailer = mailer(new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                Map<Object, Exception> failed = new LinkedHashMap<>();
                failed.put(messages[1], new IllegalStateException("550 no such user " + messages[1].getTo()[0]));
                throw new MailSendException(failed);
            }
        });

        mailer.send(RECIPIENTS, "A subject", BODY);

        assertThat(failures()).isEqualTo(1);
        assertThat(output.getOut()).contains("WARN", "1 of 2 emails not sent",
                "org.springframework.mail.MailSendException", "java.lang.IllegalStateException", "A subject");
        assertThat(output.getAll()).doesNotContain("test.nhs.net", "no such user", BODY);
    }

    @Test
    void anUnreachableServerCountsEveryMessageAndThrowsNothing(CapturedOutput output) {
        Mailer mailer = mailer(new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                throw new MailSendException("Mail server connection failed", new ConnectException("refused"));
            }
        });

        mailer.send(RECIPIENTS, "A subject", BODY);

        assertThat(failures()).isEqualTo(2);
        assertThat(output.getOut()).contains("2 of 2 emails not sent", "java.net.ConnectException");
    }

    private Mailer mailer(JavaMailSender sender) {
        return new Mailer(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), properties, meters);
    }

    private double failures() {
        return meters.counter("portal.mail.failures").count();
    }
}
