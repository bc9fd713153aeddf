package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.security.ContentSecurityPolicy;

/**
 * Marks the bootstrap page's own scripts with the nonce of the response's {@link ContentSecurityPolicy}, so that they,
 * and no script injected into the page, may run.
 */
@Component
class PageNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Object nonce = response.getVaadinRequest().getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE);
            if (nonce != null) {
                response.getDocument().select("script").attr("nonce", nonce.toString());
            }
        });
    }
}
