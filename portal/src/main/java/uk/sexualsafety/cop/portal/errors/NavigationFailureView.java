package uk.sexualsafety.cop.portal.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person sees when opening a page fails unexpectedly, in place of Vaadin's own "There was an exception while
 * trying to navigate": the calm database message while the database is unreachable (503, so that a load balancer
 * and the browser know to try again), otherwise a plain apology (500). Pages the person may not open, and pages that
 * do not exist, keep their own handling (more specific exception types win). No layout: it may itself need the
 * database.
 */
@AnonymousAllowed
public class NavigationFailureView extends Main implements HasErrorParameter<Exception> {

    static final String DATABASE_HEADING = "This page cannot be opened just now";
    static final String OTHER_HEADING = "This page could not be opened";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        boolean database = Failures.isDatabaseUnavailable(failure);
        // The same words (and log line) as a failed action gets, so an outage reads alike wherever it is met.
        String message = PortalErrorHandler.messageFor(failure);
        removeAll();
        setId("navigation-failure");
        add(new H1(database ? DATABASE_HEADING : OTHER_HEADING), new Paragraph(message),
                new Anchor("", "Go to the home page"));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
