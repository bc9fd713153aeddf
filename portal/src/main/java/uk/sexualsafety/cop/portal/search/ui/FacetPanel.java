package uk.sexualsafety.cop.portal.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import uk.sexualsafety.cop.portal.search.FacetLabels;
import uk.sexualsafety.cop.search.Facet;
import uk.sexualsafety.cop.search.SearchResults;
import uk.sexualsafety.cop.search.SearchSort;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of the results and the facets that narrow them, each value with the number of results it would leave.
 * Values within one facet are alternatives; facets combine. Every change becomes a new address for the view.
 */
final class FacetPanel extends Div {

    /** Type first, and the kind of resource beside it: it refines the type. */
    private static final List<Facet> ORDER = List.of(Facet.TYPE, Facet.KIND, Facet.THEME, Facet.HARM_STRUCTURE,
            Facet.ORGANISATION_TYPE, Facet.REGION, Facet.COMMITMENT, Facet.YEAR);

    private final FacetLabels labels;
    private final SerializableConsumer<SearchAddress> onChange;
    private final Select<SearchSort> order = new Select<>();
    private final Map<Facet, CheckboxGroup<String>> groups = new EnumMap<>(Facet.class);
    private final Map<Facet, List<String>> shownValues = new EnumMap<>(Facet.class);
    private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    private final Button clear = new Button("Clear filters");
    private SearchAddress address = SearchAddress.EMPTY;

    FacetPanel(FacetLabels labels, SerializableConsumer<SearchAddress> onChange) {
        this.labels = labels;
        this.onChange = onChange;
        setId("search-facets");
        addClassName("search-facets");
        H2 heading = new H2("Refine your results");
        heading.setId("search-facets-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        order.setId("search-order");
        order.setLabel("Order");
        order.setItems(SearchSort.RELEVANCE, SearchSort.NEWEST);
        order.setItemLabelGenerator(sort -> sort == SearchSort.NEWEST ? "Newest first" : "Relevance");
        order.setValue(SearchSort.RELEVANCE);
        order.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onChange.accept(address.withSort(change.getValue()));
            }
        });
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> onChange.accept(address.withoutFilters()));
        add(heading, order);
        for (Facet facet : ORDER) {
            CheckboxGroup<String> group = new CheckboxGroup<>(FacetLabels.of(facet));
            group.setId("facet-" + facet.parameter());
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItemLabelGenerator(value -> itemLabel(facet, value));
            group.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    onChange.accept(address.withChosen(facet, change.getValue()));
                }
            });
            group.setVisible(false);
            groups.put(facet, group);
            shownValues.put(facet, List.of());
            add(group);
        }
        add(clear);
    }

    /** Shows the choices of this search with the counts of its results; without results, only what is chosen. */
    void show(SearchAddress newAddress, SearchResults results) {
        address = newAddress;
        order.setValue(newAddress.sort());
        for (Facet facet : ORDER) {
            Map<String, Long> facetCounts = results == null ? Map.of() : results.facet(facet);
            counts.put(facet, facetCounts);
            // The counted values in the engine's order, then any chosen value that no result has (even one unknown).
            Set<String> values = new LinkedHashSet<>(facetCounts.keySet());
            values.addAll(newAddress.chosen(facet));
            List<String> list = new ArrayList<>(values);
            CheckboxGroup<String> group = groups.get(facet);
            if (list.equals(shownValues.get(facet))) {
                // Same choices: relabel in place, so that the checkbox just used keeps the keyboard focus.
                group.setItemLabelGenerator(value -> itemLabel(facet, value));
            } else {
                group.setItems(list);
                shownValues.put(facet, list);
            }
            group.setValue(newAddress.chosen(facet));
            group.setVisible(!list.isEmpty());
        }
        clear.setVisible(newAddress.hasFilters());
    }

    private String itemLabel(Facet facet, String value) {
        long count = counts.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
        return labels.labelOrValue(facet, value) + " (" + count + ")";
    }
}
