package uk.sexualsafety.cop.portal.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What emails need to know about the portal.
 *
 * @param baseUrl where people reach the portal ({@code portal.base-url}), the start of every link in an email
 * @param mail    the emails' sender ({@code portal.mail.from})
 */
@ConfigurationProperties("portal")
public record NotificationProperties(String baseUrl, Mail mail) {

    public NotificationProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        // Links are built as baseUrl + "/path": a trailing slash would double it.
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        mail = mail == null ? new Mail(null) : mail;
    }

    public String from() {
        return mail.from();
    }

    /** @param from the From address of every email the portal sends */
    public record Mail(String from) {

        public Mail {
            from = from == null || from.isBlank() ? "no-reply@sexualsafety.example" : from.strip();
        }
    }
}
