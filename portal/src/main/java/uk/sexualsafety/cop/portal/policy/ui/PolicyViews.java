package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.portal.policy.PolicyDownload;
import uk.sexualsafety.cop.portal.policy.PolicyFiles;
import uk.sexualsafety.cop.portal.policy.PolicyNotFoundException;
import uk.sexualsafety.cop.portal.policy.VersionSummary;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentLimits;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;

/** What the policy views share: dates as shown, the policy id from the address, and download links. */
final class PolicyViews {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final String POLICY_ID = "policyId";
    static final String TITLE_SUFFIX = " | Sexual Safety Community of Practice";

    private PolicyViews() {
    }

    static OptionalLong policyId(BeforeEnterEvent event) {
        try {
            return OptionalLong.of(Long.parseLong(event.getRouteParameters().get(POLICY_ID).orElse("")));
        } catch (NumberFormatException notAnId) {
            return OptionalLong.empty();
        }
    }

    static RouteParameters parameters(long policyId) {
        return new RouteParameters(POLICY_ID, String.valueOf(policyId));
    }

    /**
     * A link that downloads the version's file under its original name. Whether the person may have it is decided
     * on the download's own request, by the service; a withdrawn policy's file answers "not found".
     */
    static Anchor download(PolicyFiles files, VersionSummary version, String text) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                PolicyDownload download = files.open(version.id());
                return new DownloadResponse(download.content(), download.fileName(), download.mediaType(),
                        download.size());
            } catch (PolicyNotFoundException | AccessDeniedException unavailable) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), AttachmentType.DOWNLOAD, text);
        link.getElement().setAttribute("aria-label", text + " (" + describe(version) + ")");
        return link;
    }

    /** A header cell of a table, with its scope ("col" or "row") for assistive technology. */
    static void header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }

    /** "PDF, 120 KB". */
    static String describe(VersionSummary version) {
        return version.formatLabel() + ", " + DocumentLimits.describe(version.fileSize());
    }
}
