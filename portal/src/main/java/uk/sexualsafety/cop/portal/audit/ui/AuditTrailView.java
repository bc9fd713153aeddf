package uk.sexualsafety.cop.portal.audit.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditEntry;
import uk.sexualsafety.cop.portal.audit.AuditFilter;
import uk.sexualsafety.cop.portal.audit.AuditSearch;
import uk.sexualsafety.cop.portal.layout.BritishDatePicker;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail for administrators: who did what to which item, newest first, narrowed by action, actor, target
 * and days, with the filter in the address and the matching rows to download as CSV.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@PageTitle("Audit trail | Sexual Safety Community of Practice")
@Menu(order = 140, title = "Audit trail")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class AuditTrailView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "admin/audit";
    private static final ZoneId BRITAIN = ZoneId.of("Europe/London");
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
            Locale.UK).withZone(BRITAIN);

    private final AuditSearch search;
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final TextField actor = new TextField("Who did it");
    private final ComboBox<String> targetType = new ComboBox<>("Kind of target");
    private final TextField targetId = new TextField("Target id");
    private final BritishDatePicker from = new BritishDatePicker("From");
    private final BritishDatePicker to = new BritishDatePicker("To");
    private final Span total = new Span();
    private final Grid<AuditEntry> grid = new Grid<>();
    private volatile AuditFilter filter = AuditFilter.NONE;
    private boolean restoring;

    AuditTrailView(AuditSearch search) {
        this.search = search;
        setMaxWidth("90rem");
        add(new H1("Audit trail"),
                new Paragraph("Everything sensitive that people and the portal did, newest first: who acted, "
                        + "on what, and when. It never holds what anyone wrote. Narrow it down below; the address "
                        + "keeps your choices, so you can bookmark or share it."),
                filters(), summary(), grid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AuditFilter requested = AuditAddress.parse(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            action.setItems(withValue(search.actions(), requested.action()));
            targetType.setItems(withValue(search.targetTypes(), requested.targetType()));
            action.setValue(requested.action());
            actor.setValue(orEmpty(requested.actor()));
            targetType.setValue(requested.targetType());
            targetId.setValue(orEmpty(requested.targetId()));
            from.setValue(requested.from());
            to.setValue(requested.to());
        } finally {
            restoring = false;
        }
        show(requested);
    }

    private HorizontalLayout filters() {
        action.setId("audit-action");
        action.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setHelperText("Part of a name or email address, or an account id");
        actor.setMaxLength(AuditFilter.ACTOR_MAX_LENGTH);
        targetType.setId("audit-target-type");
        targetType.setClearButtonVisible(true);
        targetId.setId("audit-target-id");
        targetId.setMaxLength(AuditFilter.TARGET_ID_MAX_LENGTH);
        from.setId("audit-from");
        from.setHelperText("Day first, such as 7/12/2026");
        to.setId("audit-to");
        to.setHelperText("Included");
        for (TextField text : List.of(actor, targetId)) {
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        List<AbstractField<?, ?>> fields = List.of(action, actor, targetType, targetId, from, to);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            if (!restoring) {
                applyFields();
            }
        }));
        HorizontalLayout bar = new HorizontalLayout(action, actor, targetType, targetId, from, to);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private HorizontalLayout summary() {
        total.setId("audit-total");
        total.getElement().setAttribute("role", "status");
        Anchor export = new Anchor((DownloadEvent event) -> {
            event.setFileName("audit-trail-" + LocalDate.now(BRITAIN) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                search.export(filter, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "Download these entries as CSV");
        export.setId("audit-export");
        HorizontalLayout bar = new HorizontalLayout(total, export);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<AuditEntry> grid() {
        grid.setId("audit-grid");
        grid.setAriaLabel("Audit trail entries");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> SHOWN_TIME.format(entry.occurredAt())).setHeader("When (UK time)")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditTrailView::actorText).setHeader("Who").setFlexGrow(2);
        grid.addColumn(entry -> entry.targetType() + (entry.targetId() == null ? "" : " " + entry.targetId()))
                .setHeader("Target").setAutoWidth(true);
        grid.addColumn(entry -> orEmpty(entry.detail())).setHeader("Detail").setFlexGrow(2);
        grid.setEmptyStateText("No entries match these choices.");
        grid.setHeight("36rem");
        return grid;
    }

    private void applyFields() {
        to.setInvalid(false);
        actor.setInvalid(false);
        targetId.setInvalid(false);
        AuditFilter chosen;
        try {
            chosen = new AuditFilter(action.getValue(), actor.getValue(), targetType.getValue(), targetId.getValue(),
                    from.getValue(), to.getValue());
        } catch (InvalidInputException refused) {
            refused.problems().forEach((field, message) -> {
                switch (field) {
                    case AuditFilter.TO -> show(to, message);
                    case AuditFilter.ACTOR -> show(actor, message);
                    default -> show(targetId, message);
                }
            });
            return;
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, AuditAddress.of(chosen)));
        show(chosen);
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void show(AuditFilter chosen) {
        filter = chosen;
        long count = search.count(chosen);
        total.setText(count == 1 ? "1 entry" : NumberFormat.getIntegerInstance(Locale.UK).format(count) + " entries");
        grid.setItems(query -> search.page(chosen, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(count, Integer.MAX_VALUE));
    }

    private static String actorText(AuditEntry entry) {
        if (entry.actorId() == null) {
            return "No one signed in";
        }
        if (entry.actorName() == null) {
            return "Account " + entry.actorId();
        }
        return entry.actorName() + " (" + entry.actorEmail() + ", account " + entry.actorId() + ")";
    }

    private static List<String> withValue(List<String> items, String value) {
        if (value == null || items.contains(value)) {
            return items;
        }
        List<String> all = new ArrayList<>(items);
        all.add(value);
        return all;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
