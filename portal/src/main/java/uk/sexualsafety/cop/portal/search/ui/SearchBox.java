package uk.sexualsafety.cop.portal.search.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.search.SearchUnavailableException;
import uk.sexualsafety.cop.search.Suggestion;


import java.util.List;
import java.util.stream.Stream;

/**
 * A search box that suggests titles and the sector's phrases while someone types (a combo box: it is announced as one
 * and works with the arrow keys). Enter searches for what is in the box; picking a suggestion searches for it. Leaving
 * the box keeps the words without searching, so that moving on with Tab never changes the page. While the search
 * engine cannot be reached, the box says so instead of suggesting.
 */
public final class SearchBox extends ComboBox<String> {

    private static final int MIN_LETTERS = 2;

    public SearchBox(PortalSearch search, SerializableConsumer<String> onSearch) {
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        // Only an unreachable search engine makes the box invalid, never what was typed.
        setManualValidation(true);
        setErrorMessage(PortalSearch.UNAVAILABLE);
        setItems(query -> suggestions(search, query.getFilter().orElse(""))
                .skip(query.getOffset()).limit(query.getLimit()));
        // Words that are not a suggestion stay in the box as typed.
        addCustomValueSetListener(event -> setValue(event.getDetail()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onSearch.accept(event.getValue());
            }
        });
        // The input's own text at the moment of Enter: whichever of the combo box's events comes first.
        getElement().addEventListener("keydown", event -> onSearch.accept(
                        event.getEventData().get("event.target.value").asString()))
                .setFilter("event.key === 'Enter' && !event.isComposing")
                .addEventData("event.target.value");
    }

    /** Shows these words in the box without searching. */
    public void show(String text) {
        setValue(text == null || text.isEmpty() ? null : text);
    }

    /** The suggestions, or none while the search engine cannot be reached, which the box then says. */
    private Stream<String> suggestions(PortalSearch search, String typed) {
        String text = typed.strip();
        if (text.codePointCount(0, text.length()) < MIN_LETTERS) {
            return Stream.empty();
        }
        try {
            List<Suggestion> found = search.suggest(text.substring(0, Math.min(text.length(),
                    SearchAddress.MAX_TEXT_LENGTH)));
            setInvalid(false);
            return found.stream().map(Suggestion::text).distinct();
        } catch (SearchUnavailableException unavailable) {
            setInvalid(true);
            return Stream.empty();
        }
    }
}
