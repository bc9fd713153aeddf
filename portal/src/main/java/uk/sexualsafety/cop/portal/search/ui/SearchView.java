package uk.sexualsafety.cop.portal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchResults;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** One search box over what this member may see; the words are in the URL, so a search can be shared. */
@Route(value = "search", layout = MainLayout.class)
@PageTitle("Search | Sexual Safety Community of Practice")
@Menu(order = 20, title = "Search")
@RolesAllowed(Role.Names.MEMBER)
class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int MAX_QUERY_LENGTH = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PortalSearch search;
    private final TextField box = new TextField("Search the community's resources");
    private final Div results = new Div();

    SearchView(PortalSearch search) {
        this.search = search;
        setMaxWidth("60rem");
        box.setId("search-box");
        box.setWidthFull();
        box.setMaxLength(MAX_QUERY_LENGTH);
        box.setClearButtonVisible(true);
        box.setHelperText("Acronyms such as FTSU, ER and ICB find their long forms too");
        box.addKeyPressListener(Key.ENTER, event -> submit());
        Button go = new Button("Search", click -> submit());
        go.setId("search-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(box, go);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        results.setId("search-results");
        results.setWidthFull();
        add(new H1("Search"), bar, results);
    }

    private void submit() {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of("q", box.getValue().strip())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        box.setValue(text);
        show(text.isBlank() ? null : search.search(SearchQuery.of(text)));
    }

    private void show(SearchResults found) {
        results.removeAll();
        if (found == null) {
            return;
        }
        Paragraph count = new Paragraph(found.totalHits() == 1 ? "1 result" : found.totalHits() + " results");
        count.setId("result-count");
        count.getElement().setAttribute("role", "status");
        results.add(count);
        if (found.hits().isEmpty()) {
            results.add(new Paragraph("Nothing matched. Try fewer or different words, or check the spelling."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("search-hits");
        found.hits().forEach(hit -> list.add(hitItem(hit)));
        results.add(list);
    }

    private static ListItem hitItem(SearchHit hit) {
        String path = switch (hit.type()) {
            case STORY -> "stories/" + hit.id();
            case CASE_STUDY -> "case-studies/" + hit.id();
            case POLICY -> "policies/" + hit.id();
            case RESOURCE -> null;
        };
        H2 title = path == null ? new H2(hit.title()) : new H2(new Anchor(path, hit.title()));
        title.addClassName("hit-title");
        Span meta = new Span(hit.type().label() + (hit.date() == null ? "" : " · " + DATE.format(hit.date())));
        meta.addClassName("hit-meta");
        ListItem item = new ListItem(title, meta, new Paragraph(snippetOf(hit)));
        item.addClassName("search-hit");
        return item;
    }

    /** A hit behind content warnings shows only the warnings: the reader opens it when they choose to. */
    private static Component snippetOf(SearchHit hit) {
        if (hit.hasContentWarnings()) {
            Span warned = new Span("Content warning: " + hit.contentWarnings().stream()
                    .map(name -> ContentWarning.valueOf(name).label()).collect(Collectors.joining(", "))
                    + ". Open it to choose whether to read it.");
            warned.addClassName("hit-warning");
            return warned;
        }
        HighlightedTextView snippet = new HighlightedTextView(hit.snippet());
        snippet.addClassName("hit-snippet");
        return snippet;
    }
}
