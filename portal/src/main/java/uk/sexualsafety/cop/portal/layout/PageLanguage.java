package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * British English whatever the server's own locale: the page declares its language, so that screen readers
 * pronounce it so, and every screen's locale is en-GB, so that date pickers show and read dates day first and
 * components format numbers the British way.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html").attr("lang", "en-GB"));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}
