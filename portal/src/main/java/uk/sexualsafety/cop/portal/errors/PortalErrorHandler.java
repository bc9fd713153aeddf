package uk.sexualsafety.cop.portal.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.search.SearchUnavailableException;

/**
 * What a person sees when an action fails unexpectedly: a calm message that says whether anything was saved,
 * never a stack trace. The log gets the failure; database failures only by type, as their messages can quote data.
 */
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    static final String DATABASE_UNAVAILABLE = "The portal cannot reach its database just now, so nothing was "
            + "saved. Please try again in a minute.";

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    /** What the person is told about the failure (which is logged). */
    static String messageFor(Throwable failure) {
        if (Failures.isDatabaseUnavailable(failure)) {
            log.warn("Database unavailable during an action: {}", Failures.describeSafely(failure));
            return DATABASE_UNAVAILABLE;
        }
        if (hasCause(failure, SearchUnavailableException.class)) {
            log.warn("Search engine unreachable during an action: {}", Failures.describeSafely(failure));
            return PortalSearch.UNAVAILABLE;
        }
        if (hasCause(failure, AccessDeniedException.class)) {
            log.warn("Refused an action the person may not take: {}", Failures.describeSafely(failure));
            return "You do not have permission to do that.";
        }
        log.error("Unexpected failure during an action: {}", Failures.describeSafely(failure), failure);
        return "Something went wrong and your last action did not complete. Please try again.";
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
