package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Declares the page's language, so that screen readers pronounce it as British English. */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html").attr("lang", "en-GB"));
    }
}
