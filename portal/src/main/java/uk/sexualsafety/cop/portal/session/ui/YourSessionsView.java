package uk.sexualsafety.cop.portal.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.session.YourSessions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where you are signed in, and signing out everywhere else (for example after using a shared computer). */
@Route(value = "sessions", layout = MainLayout.class)
@PageTitle("Your sessions | Sexual Safety Community of Practice")
@Menu(order = 80, title = "Your sessions")
@PermitAll
class YourSessionsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final YourSessions sessions;
    private final Grid<YourSessions.Entry> grid = new Grid<>();

    YourSessionsView(YourSessions sessions) {
        this.sessions = sessions;
        setMaxWidth("60rem");
        grid.setId("sessions");
        grid.setAriaLabel("Your sessions");
        grid.setAllRowsVisible(true);
        grid.addColumn(entry -> entry.signIn().device() + (entry.thisDevice() ? " (this device)" : ""))
                .setHeader("Device");
        grid.addColumn(entry -> WHEN.format(entry.signIn().signedInAt())).setHeader("Signed in");
        grid.addColumn(entry -> WHEN.format(entry.signIn().lastActiveAt())).setHeader("Last active");
        Button signOutOthers = new Button("Sign out of all other sessions", click -> signOutOthers());
        signOutOthers.setId("sign-out-others");
        signOutOthers.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Your sessions"),
                new Paragraph("These are the browsers and devices where you are signed in. If you do not recognise "
                        + "one, or you used a shared computer, sign out of the others and consider changing your "
                        + "password."),
                grid, signOutOthers);
        refresh();
    }

    private void signOutOthers() {
        int ended = sessions.signOutOthers();
        Notification.show(ended == 1 ? "Signed out of 1 other session" : "Signed out of " + ended + " other sessions");
        refresh();
    }

    private void refresh() {
        grid.setItems(sessions.list());
    }
}
