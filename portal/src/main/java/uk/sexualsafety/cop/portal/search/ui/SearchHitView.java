package uk.sexualsafety.cop.portal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.portal.search.FacetLabels;
import uk.sexualsafety.cop.search.Facet;
import uk.sexualsafety.cop.search.SearchHit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One hit in the results: its type, title (the link), where it is from, its date, and a snippet with the matched words
 * marked. A hit behind content warnings shows the warnings instead of any of its text: the reader opens it when they
 * choose to, and its page asks again before showing the text.
 */
final class SearchHitView extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    SearchHitView(ResultRow row, FacetLabels labels) {
        SearchHit hit = row.hit();
        addClassName("search-hit");
        Span type = new Span(hit.type().label());
        type.addClassName("hit-type");
        H2 title = row.href() == null ? new H2(hit.title()) : new H2(new Anchor(row.href(), hit.title()));
        title.addClassName("hit-title");
        add(type, title);
        List<String> facts = new ArrayList<>();
        hit.organisation().or(() -> Optional.ofNullable(hit.organisationType())
                        .map(name -> labels.labelOrValue(Facet.ORGANISATION_TYPE, name)))
                .ifPresent(facts::add);
        if (hit.date() != null) {
            facts.add(DATE.format(hit.date()));
        }
        if (!facts.isEmpty()) {
            Span meta = new Span(String.join(" \u00B7 ", facts));
            meta.addClassName("hit-meta");
            add(meta);
        }
        add(snippetOf(hit));
    }

    private static Component snippetOf(SearchHit hit) {
        if (hit.hasContentWarnings()) {
            Paragraph warned = new Paragraph("Content warning: " + hit.contentWarnings().stream()
                    .map(SearchHitView::warningLabel).collect(Collectors.joining(", "))
                    + ". Open it to choose whether to read it.");
            warned.addClassName("hit-warning");
            return warned;
        }
        Paragraph snippet = new Paragraph(new HighlightedTextView(hit.snippet()));
        snippet.addClassName("hit-snippet");
        return snippet;
    }

    private static String warningLabel(String name) {
        return Arrays.stream(ContentWarning.values()).filter(warning -> warning.name().equals(name))
                .map(ContentWarning::label).findFirst().orElse("distressing content");
    }
}
