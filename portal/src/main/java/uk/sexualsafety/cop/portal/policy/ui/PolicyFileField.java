package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import uk.sexualsafety.cop.portal.policy.ExaminedFile;
import uk.sexualsafety.cop.portal.policy.PolicyForm;
import uk.sexualsafety.cop.portal.policy.PolicySharing;
import uk.sexualsafety.cop.portal.policy.PolicyUploads;
import uk.sexualsafety.cop.portal.policy.SessionUploads;
import uk.sexualsafety.cop.portal.policy.UploadedFile;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentLimits;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The policy's file: a label, Vaadin's Upload for one file, and below it what the server made of the file or why it
 * cannot be used. The upload streams into a temporary file that {@link PolicyUploads} stops at the size limit,
 * whatever the browser claims, and the file is checked on the server (type by content, safety, its text) as soon as
 * it arrives, on the upload's own request, so that its uploader hears at once. The screen keeps only the handle of
 * that file; the file is deleted when another replaces it, when the form is saved or left, or when the session ends
 * (decision 036). The form's own submit checks it again.
 */
class PolicyFileField extends Composite<Div> implements HasValidation {

    private final PolicySharing sharing;
    private final PolicyUploads uploads;
    private final SessionUploads sessionUploads;
    private final Upload upload;
    private final Span status = new Span();
    private final Span error = new Span();
    private UploadedFile file;

    PolicyFileField(String id, PolicySharing sharing, PolicyUploads uploads, long maxBytes) {
        this.sharing = sharing;
        this.uploads = uploads;
        this.sessionUploads = sessionUploads(uploads);
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
        // Leaving the form, or the screen closing, deletes a file that was not saved.
        addDetachListener(detached -> discard());
    }

    /** The session's waiting uploads, which it deletes when it ends. */
    private static SessionUploads sessionUploads(PolicyUploads uploads) {
        // Built under the Vaadin session's lock, so two screens of one session do not both create it.
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (session.getAttribute(SessionUploads.ATTRIBUTE) instanceof SessionUploads existing) {
            return existing;
        }
        SessionUploads created = uploads.newSessionUploads();
        session.setAttribute(SessionUploads.ATTRIBUTE, created);
        return created;
    }

    /** On the upload's request, without the session's lock: stream to a file within the limit, check, then show. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        UploadedFile uploaded;
        try {
            uploaded = uploads.receive(sessionUploads, event.getFileName(), event.getInputStream());
        } catch (InvalidInputException refused) {
            ui.access(() -> rejected(refused.problems().getOrDefault(PolicyForm.FILE, "This file cannot be used.")));
            return;
        }
        try {
            ExaminedFile examined = sharing.examine(uploaded);
            ui.access(() -> accepted(uploaded, examined));
        } catch (InvalidInputException refused) {
            uploads.discard(sessionUploads, uploaded);
            ui.access(() -> rejected(refused.problems().getOrDefault(PolicyForm.FILE, "This file cannot be used.")));
        } catch (RuntimeException failed) {
            uploads.discard(sessionUploads, uploaded);
            throw failed;
        }
    }

    private void accepted(UploadedFile uploaded, ExaminedFile examined) {
        if (!isAttached()) {
            // The form was left while the file was on its way.
            uploads.discard(sessionUploads, uploaded);
            return;
        }
        if (file != null && !file.equals(uploaded)) {
            uploads.discard(sessionUploads, file);
        }
        file = uploaded;
        setInvalid(false);
        status.setText(uploaded.fileName() + ": " + examined.formatLabel() + ", "
                + DocumentLimits.describe(examined.size()) + ", "
                + NumberFormat.getIntegerInstance(Locale.UK).format(examined.characters()) + " characters of text"
                + (examined.truncated() ? " (only the first part of a very long text is kept)" : "")
                + ". It is saved when you send the form.");
    }

    private void rejected(String message) {
        discard();
        upload.clearFileList();
        status.setText("");
        showError(message);
    }

    private void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    private void clear() {
        discard();
        status.setText("");
        setInvalid(false);
    }

    private void discard() {
        uploads.discard(sessionUploads, file);
        file = null;
    }

    Optional<UploadedFile> file() {
        return Optional.ofNullable(file);
    }

    /** After saving: the same file is not offered twice, and its temporary copy goes. */
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
