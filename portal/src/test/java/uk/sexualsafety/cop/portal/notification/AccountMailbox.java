package uk.sexualsafety.cop.portal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One GreenMail server for the whole test JVM, for tests of the emails about people's accounts (joining, password
 * links). Every integration and browser test's portal sends to it ({@link AccountMailboxInitializer}), so tests of
 * these emails share the common application contexts. Tests use addresses of their own, so nothing needs clearing
 * between them. Links in the emails start with {@link #BASE_URL}.
 */
public interface AccountMailbox {

    String BASE_URL = "https://portal.test";

    GreenMail SERVER = Server.started();

    /** Waits until {@code count} emails have reached the address (they are sent in the background), and returns them. */
    static List<MimeMessage> awaitEmails(String address, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> emailsTo(address).size() >= count);
        List<MimeMessage> emails = emailsTo(address);
        assertThat(emails).as("emails to the address").hasSize(count);
        return emails;
    }

    static MimeMessage awaitOnlyEmail(String address) {
        return awaitEmails(address, 1).getFirst();
    }

    static List<MimeMessage> emailsTo(String address) {
        return List.of(SERVER.getReceivedMessages()).stream()
                .filter(message -> recipient(message).equalsIgnoreCase(address))
                .toList();
    }

    /** The path (after {@link #BASE_URL}) of the first link in the email that starts with {@code pathPrefix}. */
    static String linkPath(MimeMessage email, String pathPrefix) {
        Matcher link = Pattern.compile(Pattern.quote(BASE_URL) + "(/" + Pattern.quote(pathPrefix) + "[^\\s]*)")
                .matcher(TestMailServer.text(email));
        assertThat(link.find()).as("a link to /" + pathPrefix + " in:\n" + TestMailServer.text(email)).isTrue();
        return link.group(1);
    }

    /** The token at the end of the email's link to {@code pathPrefix}. */
    static String token(MimeMessage email, String pathPrefix) {
        String path = linkPath(email, pathPrefix);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server once, on a free port. */
    final class Server {

        private Server() {
        }

        static GreenMail started() {
            GreenMail server = new GreenMail(new ServerSetup(TestMailServer.freePort(), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            server.start();
            return server;
        }
    }
}
