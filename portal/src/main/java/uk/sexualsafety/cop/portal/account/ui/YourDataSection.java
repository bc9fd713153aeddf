package uk.sexualsafety.cop.portal.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sexualsafety.cop.portal.account.DataExport;
import uk.sexualsafety.cop.portal.account.YourData;
import uk.sexualsafety.cop.portal.errors.DatabaseUnavailablePage;
import uk.sexualsafety.cop.portal.errors.Failures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * "Your data" on "Your account": a copy of everything the portal holds about the person, as one ZIP. The link
 * opens in the page rather than as a download, so that if the copy cannot be made the person sees why, on the calm
 * page, instead of a failed download; a complete copy arrives as an attachment and the page stays.
 */
class YourDataSection extends Composite<VerticalLayout> {

    private static final Logger log = LoggerFactory.getLogger(YourDataSection.class);

    private final YourData yourData;

    YourDataSection(YourData yourData) {
        this.yourData = yourData;
        Anchor download = new Anchor(this::send, AttachmentType.INLINE, "Download my data");
        download.setId("download-my-data");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("your-data-section");
        content.add(new H2("Your data"),
                new Paragraph("Download a copy of everything the portal holds about you: your account, where "
                        + "you are signed in, your case studies with every version, your comments, stories "
                        + "linked to your account, policies you shared with their files, and what the audit "
                        + "trail records you doing. It comes as a ZIP file with a JSON file inside. Stories you "
                        + "shared anonymously are not included, because nothing links them to you."),
                new Paragraph("To have your account erased, ask an administrator."),
                download);
    }

    private void send(DownloadEvent event) throws IOException {
        DataExport export;
        try {
            export = yourData.export();
        } catch (RuntimeException failure) {
            if (!Failures.isDatabaseUnavailable(failure)) {
                throw failure;
            }
            log.warn("Database unavailable during a data export: {}", Failures.describeSafely(failure));
            showCalmPage(event.getResponse());
            return;
        }
        try (export; InputStream in = export.open()) {
            event.setFileName(export.fileName());
            event.setContentType(DataExport.MEDIA_TYPE);
            event.setContentLength(export.size());
            try (OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    private static void showCalmPage(VaadinResponse response) throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", DatabaseUnavailablePage.RETRY_AFTER_SECONDS);
        response.setContentType(DatabaseUnavailablePage.CONTENT_TYPE);
        try (OutputStream out = response.getOutputStream()) {
            out.write(DatabaseUnavailablePage.bytes());
        }
    }
}
