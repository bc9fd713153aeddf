package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address of the browser making the current request (behind the load balancer, from X-Forwarded-For as the
 * server is configured to trust it). Only for throttling in memory: it is never stored or logged.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
