package uk.sexualsafety.cop.portal.secondfactor.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import uk.sexualsafety.cop.portal.secondfactor.CodeRefusedException;
import uk.sexualsafety.cop.portal.secondfactor.Enrolment;
import uk.sexualsafety.cop.portal.secondfactor.QrCodeImage;

import java.io.ByteArrayInputStream;

/**
 * Adding the portal to an authenticator app: a QR code (an image made on the server, never stored or cached), the
 * same key as text for typing in, and the first code the app shows, which proves it has the key.
 */
public class EnrolmentPanel extends Composite<Div> {

    private final Enrolment enrolment;
    private final TextField code = new TextField("The 6-digit code your app shows now");

    public EnrolmentPanel(Enrolment enrolment) {
        this.enrolment = enrolment;
        Span key = new Span(enrolment.secretForTyping());
        key.setId("secret-key");
        key.addClassName("secret-key");
        Paragraph typing = new Paragraph("Cannot scan it? Choose to enter a key in your app and type this one "
                + "(time-based): ");
        typing.add(key);
        code.setId("enrol-code");
        code.setManualValidation(true);
        // Phones offer the code from a text message or app in this field.
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(CodeRefusedException.MAX_APP_CODE);
        OrderedList steps = new OrderedList(
                new ListItem("Open an authenticator app on your phone (for example Microsoft Authenticator or "
                        + "Google Authenticator) and choose to add an account."),
                new ListItem(new Paragraph("Scan this QR code with the app."), qrCode(), typing),
                new ListItem(code));
        getContent().add(steps);
    }

    private Image qrCode() {
        byte[] png = QrCodeImage.png(enrolment.appAddress());
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            // It holds the key: no browser or proxy may keep a copy.
            event.getResponse().setHeader("Cache-Control", "no-store");
            return new DownloadResponse(new ByteArrayInputStream(png), "second-factor.png", "image/png", png.length);
        }).inline(), "QR code for your authenticator app (the same key is written out below it)");
        image.setId("qr-code");
        image.addClassName("qr-code");
        return image;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public String code() {
        return code.getValue();
    }

    public TextField codeField() {
        return code;
    }

    public void showCodeError(String message) {
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }
}
