package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import uk.sexualsafety.cop.portal.policy.ExaminedFile;
import uk.sexualsafety.cop.portal.policy.PolicySharing;
import uk.sexualsafety.cop.portal.policy.UploadedFile;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentLimits;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The policy's file: a label, Vaadin's Upload for one file, and below it what the server made of the file or why it
 * cannot be used. The upload reads at most one byte more than the limit into memory, whatever the browser claims, and
 * the file is checked on the server (type by content, safety, its text) as soon as it arrives, on the upload's own
 * request, so that its uploader hears at once. The form's own submit checks it again.
 */
class PolicyFileField extends Composite<Div> implements HasValidation {

    private final PolicySharing sharing;
    private final long maxBytes;
    private final Upload upload;
    private final Span status = new Span();
    private final Span error = new Span();
    private UploadedFile file;

    PolicyFileField(String id, PolicySharing sharing, long maxBytes) {
        this.sharing = sharing;
        this.maxBytes = maxBytes;
        Span label = new Span("The policy's file");
        label.setId(id + "-label");
        label.addClassName("field-label");
        Span hint = new Span("A PDF, a Word document (.docx) or an OpenDocument text (.odt), up to "
                + DocumentLimits.describe(maxBytes) + ". Its text is shown on the policy's page and found by search.");
        hint.setId(id + "-hint");
        hint.addClassName("field-hint");
        upload = new Upload((UploadHandler) this::receive);
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".odt", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text");
        upload.setI18n(i18n(maxBytes));
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> clear());
        // The browser asks the server again once the upload has finished, which shows the outcome below.
        upload.addAllFinishedListener(finished -> { });
        status.setId(id + "-status");
        status.getElement().setAttribute("role", "status");
        error.setId(id + "-error");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        // A group named by the label, so that the upload's button is announced with it, the hint and any error.
        getContent().getElement().setAttribute("role", "group");
        getContent().getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        getContent().getElement().setAttribute("aria-describedby", hint.getId().orElseThrow() + " "
                + error.getId().orElseThrow());
        getContent().addClassName("policy-file-field");
        getContent().add(label, hint, upload, status, error);
    }

    /** On the upload's request, without the session's lock: read at most the limit, check, then show. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes = readAtMost(event.getInputStream(), maxBytes + 1);
        String name = event.getFileName();
        if (bytes.length > maxBytes) {
            ui.access(() -> rejected("This file is more than " + DocumentLimits.describe(maxBytes)
                    + ", the largest file the library takes. Save the policy without large images, or as a PDF, "
                    + "and upload that."));
            return;
        }
        UploadedFile uploaded = new UploadedFile(name, bytes);
        try {
            ExaminedFile examined = sharing.examine(uploaded);
            ui.access(() -> accepted(uploaded, examined));
        } catch (InvalidInputException refused) {
            ui.access(() -> rejected(refused.problems().getOrDefault("file", "This file cannot be used.")));
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read != -1 && total < limit; read = in.read(buffer)) {
            int keep = (int) Math.min(read, limit - total);
            out.write(buffer, 0, keep);
            total += keep;
        }
        return out.toByteArray();
    }

    private void accepted(UploadedFile uploaded, ExaminedFile examined) {
        file = uploaded;
        setInvalid(false);
        status.setText(uploaded.fileName() + ": " + examined.formatLabel() + ", "
                + DocumentLimits.describe(examined.size()) + ", "
                + NumberFormat.getIntegerInstance(Locale.UK).format(examined.characters()) + " characters of text"
                + (examined.truncated() ? " (only the first part of a very long text is kept)" : "")
                + ". It is saved when you send the form.");
    }

    private void rejected(String message) {
        file = null;
        upload.clearFileList();
        status.setText("");
        showError(message);
    }

    private void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    private void clear() {
        file = null;
        status.setText("");
        setInvalid(false);
    }

    Optional<UploadedFile> file() {
        return Optional.ofNullable(file);
    }

    /** After saving: the same file is not offered twice. */
    void reset() {
        upload.clearFileList();
        clear();
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        if (!invalid) {
            error.setText("");
        }
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    private static UploadI18N i18n(long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose the file\u2026"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop it here"));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles("Choose one file only.")
                .setFileIsTooBig("This file is more than " + DocumentLimits.describe(maxBytes)
                        + ", the largest file the library takes.")
                .setIncorrectFileType("Choose a PDF, a Word document (.docx) or an OpenDocument text (.odt)."));
        return i18n;
    }
}
