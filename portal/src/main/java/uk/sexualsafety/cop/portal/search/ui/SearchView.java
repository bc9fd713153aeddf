package uk.sexualsafety.cop.portal.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.search.FacetLabels;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchResults;
import uk.sexualsafety.cop.search.SearchUnavailableException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One search over everything the signed-in person may see (the search decides that on the server), with facets to
 * narrow it. The address holds the words, the chosen facets and the order, so that a search can be bookmarked and
 * shared; whoever opens it sees only what they may see.
 */
@Route(value = "search", layout = MainLayout.class)
@PageTitle("Search | Sexual Safety Community of Practice")
@Menu(order = 20, title = "Search")
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final PortalSearch search;
    private final FacetLabels labels;
    private final SearchBox box;
    private final FacetPanel facets;
    private final Paragraph count = new Paragraph();
    private final Div notes = new Div();
    private final Grid<ResultRow> grid = new Grid<>();
    private final Button more = new Button("Show more results");
    private final List<ResultRow> shown = new ArrayList<>();
    private SearchAddress address = SearchAddress.EMPTY;
    private int available;

    SearchView(PortalSearch search) {
        this.search = search;
        this.labels = search.facetLabels();
        setMaxWidth("80rem");
        box = new SearchBox(search, text -> go(address.withText(text)));
        box.setId("search-box");
        box.setLabel("Search the community");
        box.setHelperText("Acronyms such as FTSU, ER and ICB find their long forms too");
        box.setWidthFull();
        Button go = new Button("Search", click -> go(address.withText(box.getValue())));
        go.setId("search-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(box, go);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        facets = new FacetPanel(labels, this::go);
        count.setId("result-count");
        count.getElement().setAttribute("role", "status");
        notes.setId("search-notes");
        configureGrid();
        Div results = new Div(count, notes, grid, more);
        results.setId("search-results");
        results.addClassName("search-results");
        Div columns = new Div(facets, results);
        columns.addClassName("search-columns");
        columns.setWidthFull();
        add(new H1("Search"), bar, columns);
    }

    private void configureGrid() {
        grid.setId("search-hits");
        grid.setAriaLabel("Search results");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addComponentColumn(row -> new SearchHitView(row, labels)).setHeader("Result");
        grid.setPageSize(PAGE_SIZE);
        grid.addClassName("search-hits");
        // The results take the page's height, as the rest of the page does; more are loaded when asked for.
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        more.setId("more-results");
        more.addClickListener(click -> showMore());
        more.setVisible(false);
    }

    /** Goes to the address of a changed search; the page shows it when the router enters it. */
    private void go(SearchAddress next) {
        if (next.equals(address)) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, new QueryParameters(next.parameters())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address = SearchAddress.parse(event.getLocation().getQueryParameters().getParameters());
        box.show(address.text());
        if (address.isEmpty()) {
            show(null);
            return;
        }
        try {
            show(search.search(address.firstPage(PAGE_SIZE)));
        } catch (SearchUnavailableException unavailable) {
            showUnavailable();
        }
    }

    /** The engine cannot be reached: said calmly, with the words kept in the box for another try. */
    private void showUnavailable() {
        show(null);
        notes.add(unavailableNote());
    }

    private static Paragraph unavailableNote() {
        Paragraph message = new Paragraph(PortalSearch.UNAVAILABLE);
        message.setId("search-unavailable");
        message.getElement().setAttribute("role", "status");
        return message;
    }

    private void show(SearchResults found) {
        facets.show(address, found);
        facets.setVisible(found != null);
        notes.removeAll();
        more.setVisible(false);
        if (found == null) {
            count.setText("");
            grid.setVisible(false);
            return;
        }
        count.setText(found.totalHits() == 1 ? "1 result" : found.totalHits() + " results");
        found.suggestion().ifPresent(respelling -> notes.add(didYouMean(respelling)));
        if (found.totalHits() == 0) {
            Paragraph nothing = new Paragraph("Nothing matched. Try fewer or different words, or check the spelling."
                    + (address.hasFilters() ? " Clearing the filters may find more." : ""));
            nothing.setId("nothing-matched");
            notes.add(nothing);
            grid.setVisible(false);
            return;
        }
        if (!found.allWordsMatched()) {
            Paragraph some = new Paragraph("No results had all your words; showing results with some of them.");
            some.setId("some-words-matched");
            notes.add(some);
        }
        showHits(found);
    }

    /**
     * The first page comes from the search that counted the facets; "Show more results" adds the next, from a
     * search without facet counts. The engine pages no further than {@link SearchQuery#MAX_OFFSET}.
     */
    private void showHits(SearchResults first) {
        shown.clear();
        shown.addAll(rows(first.hits()));
        available = (int) Math.min(first.totalHits(), SearchQuery.MAX_OFFSET);
        grid.setItems(shown);
        grid.setVisible(true);
        offerMore();
    }

    private void showMore() {
        List<ResultRow> next;
        try {
            next = rows(search.search(address.page(shown.size(), PAGE_SIZE)).hits());
        } catch (SearchUnavailableException unavailable) {
            // The results shown so far stay; only the next page could not be fetched.
            notes.removeAll();
            notes.add(unavailableNote());
            return;
        }
        shown.addAll(next);
        grid.getDataProvider().refreshAll();
        if (next.isEmpty()) {
            available = shown.size();
        }
        offerMore();
    }

    private void offerMore() {
        more.setVisible(shown.size() < available);
        more.setText("Show more results (" + shown.size() + " of " + available + " shown)");
    }

    private List<ResultRow> rows(List<SearchHit> hits) {
        Map<Long, String> resourceAddresses = search.resourceAddresses(hits.stream()
                .filter(hit -> hit.type() == ContentType.RESOURCE).map(SearchHit::id).toList());
        return hits.stream().map(hit -> new ResultRow(hit, hit.type() == ContentType.RESOURCE
                ? resourceAddresses.get(hit.id()) : ResultRow.pageOf(hit))).toList();
    }

    private RouterLink didYouMean(String respelling) {
        RouterLink link = new RouterLink("Did you mean \u201C" + respelling + "\u201D?", SearchView.class);
        link.setQueryParameters(new QueryParameters(address.withText(respelling).parameters()));
        link.setId("did-you-mean");
        return link;
    }
}
