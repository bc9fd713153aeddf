package uk.sexualsafety.cop.portal.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real SMTP server in the test's JVM (GreenMail) for tests of the portal's emails. Each test class that uses one has
 * an application context of its own (the mail settings differ), and keeps one server for all its tests.
 */
public final class TestMailServer {

    private TestMailServer() {
    }

    /** A server on a free port, for a {@code @RegisterExtension} field; pass the same port to {@link #use}. */
    public static GreenMailExtension on(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** Points the portal's mail at the server, with links in emails starting at {@code baseUrl}. */
    public static void use(DynamicPropertyRegistry registry, int port, String baseUrl) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("portal.base-url", () -> baseUrl);
    }

    public static List<MimeMessage> emailsTo(GreenMailExtension server, String address) {
        return server.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body, with the line ends the portal wrote. */
    public static String text(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
