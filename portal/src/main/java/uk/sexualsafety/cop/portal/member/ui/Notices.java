package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations of what just happened, and problems that belong to no single field. */
final class Notices {

    private Notices() {
    }

    static void success(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void problem(String message) {
        // Longer, and in the middle: the administrator's action did not happen.
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
