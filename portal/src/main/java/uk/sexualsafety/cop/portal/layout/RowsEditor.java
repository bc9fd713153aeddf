package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of entries edited in place (periods, employment, accreditations), each a row of fields with a remove
 * button, and an add button. Problems from a service come back keyed like {@code employment[1].to}; each goes to
 * the field of its row.
 *
 * @param <T> the record one row edits
 */
public class RowsEditor<T> extends Composite<VerticalLayout> {

    /** One entry's fields. */
    public interface Row<T> {

        Component component();

        T value();

        void fill(T value);

        /** Shows the problem next to the row's field of that name; false if the row has no such field. */
        boolean showProblem(String field, String message);

        void clearProblems();
    }

    private static final Pattern ENTRY = Pattern.compile("^(\\w+)\\[(\\d+)]\\.(\\w+)$");

    private final String name;
    private final String itemLabel;
    private final IntFunction<Row<T>> newRow;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row<T>> entries = new ArrayList<>();
    /** Counts every row ever added, so that ids stay unique after removals. */
    private int created;

    /**
     * @param name      the list's name in problem keys, e.g. "employment"; also the id prefix of its components
     * @param heading   what the list is, e.g. "Employment and contracts"
     * @param itemLabel one entry, e.g. "employment", for the buttons' labels
     * @param newRow    makes a row; its argument is a number unique within this editor, for the fields' ids
     */
    public RowsEditor(String name, String heading, String itemLabel, IntFunction<Row<T>> newRow) {
        this.name = name;
        this.itemLabel = itemLabel;
        this.newRow = newRow;
        rows.setPadding(false);
        rows.setId(name + "-rows");
        Button add = new Button("Add " + itemLabel, click -> add());
        add.setId(name + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(heading), rows, add);
    }

    public RowsEditor<T> fill(List<T> values) {
        rows.removeAll();
        entries.clear();
        values.forEach(value -> add().fill(value));
        return this;
    }

    public List<T> values() {
        return entries.stream().map(Row::value).toList();
    }

    /** Shows the problems meant for this list; returns those it took. */
    public List<String> showProblems(Map<String, String> problems) {
        entries.forEach(Row::clearProblems);
        var taken = new ArrayList<String>();
        problems.forEach((key, message) -> {
            Matcher entry = ENTRY.matcher(key);
            if (entry.matches() && entry.group(1).equals(name)) {
                int index = Integer.parseInt(entry.group(2));
                if (index < entries.size() && entries.get(index).showProblem(entry.group(3), message)) {
                    taken.add(key);
                }
            }
        });
        return taken;
    }

    private Row<T> add() {
        int index = created++;
        Row<T> row = newRow.apply(index);
        entries.add(row);
        Div holder = new Div();
        Button remove = new Button("Remove", click -> {
            int at = rows.indexOf(holder);
            entries.remove(at);
            rows.remove(holder);
        });
        remove.setId(name + "-remove-" + index);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", "Remove this " + itemLabel);
        HorizontalLayout line = new HorizontalLayout(row.component(), remove);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        holder.add(line);
        rows.add(holder);
        return row;
    }
}
