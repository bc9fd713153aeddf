package uk.sexualsafety.cop.portal.nhsmail.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.nhsmail.NhsMailNotice;
import uk.sexualsafety.cop.portal.nhsmail.NhsMailSignIn;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Sign in with NHSmail" on the sign-in page: a link the browser follows to NHSmail (outside Vaadin's router), and
 * what the last attempt came to when it did not sign anyone in, outages included. A new one for each sign-in page,
 * present only when NHSmail is configured, as {@code NhsMailConfiguration} is (decision 032); the sign-in page asks
 * for it rather than for {@link NhsMailSignIn}, so that security does not depend on this feature.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@ConditionalOnProperty(prefix = "portal.nhsmail", name = {"issuer", "client-id"})
public class NhsMailButton extends Composite<Div> {

    private final NhsMailSignIn signIn;
    private final Paragraph notice = new Paragraph();

    NhsMailButton(NhsMailSignIn signIn) {
        this.signIn = signIn;
        Anchor button = new Anchor(signIn.startAddress(), "Sign in with NHSmail");
        button.setId("sign-in-with-nhsmail");
        button.setRouterIgnore(true);
        button.addClassName("nhsmail-button");
        notice.setId("nhsmail-notice");
        notice.addClassName("nhsmail-notice");
        notice.getElement().setAttribute("role", "status");
        getContent().addClassName("nhsmail-sign-in");
        getContent().add(new Paragraph("NHS staff with an NHSmail account can sign in with it."), button, notice);
        show(Optional.empty());
    }

    /** Shows what the address's {@code nhsmail} parameter reports, or the outage the portal already knows of. */
    public void show(Map<String, List<String>> queryParameters) {
        show(queryParameters.getOrDefault(NhsMailNotice.PARAMETER, List.of()).stream().findFirst()
                .flatMap(NhsMailNotice::fromCode));
    }

    private void show(Optional<NhsMailNotice> reported) {
        Optional<NhsMailNotice> shown = reported.isPresent() ? reported
                : signIn.knownUnavailable() ? Optional.of(NhsMailNotice.UNAVAILABLE) : Optional.empty();
        notice.setText(shown.map(NhsMailNotice::message).orElse(""));
        notice.setVisible(shown.isPresent());
    }
}
