package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.ContentUnderReview;
import uk.sexualsafety.cop.portal.moderation.FieldFindings;
import uk.sexualsafety.cop.portal.moderation.ItemUnderReview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Each text of an item with the anonymiser's findings to accept or reject, then its tags to set, if it has any. */
class ContentEdits extends Composite<VerticalLayout> {

    private final List<FieldFindings> texts;
    private final List<FindingsReview> reviews = new ArrayList<>();
    private final CheckboxGroup<ContentUnderReview.Tag> tags;
    private final boolean hasTags;

    ContentEdits(ItemUnderReview review, boolean editable) {
        getContent().setPadding(false);
        texts = review.texts();
        for (FieldFindings text : texts) {
            FindingsReview field = new FindingsReview(fieldId(text.key()), text.label(), text.text(),
                    text.findings());
            reviews.add(field);
            getContent().add(field);
        }
        ContentUnderReview.Tags offered = review.tags();
        hasTags = !offered.isEmpty();
        tags = new CheckboxGroup<>(offered.heading());
        tags.setId("review-tags");
        tags.setItems(offered.offered());
        tags.setItemLabelGenerator(ContentUnderReview.Tag::label);
        tags.setValue(offered.offered().stream().filter(tag -> offered.chosen().contains(tag.key()))
                .collect(Collectors.toSet()));
        tags.setReadOnly(!editable);
        if (hasTags) {
            getContent().add(tags);
        }
    }

    /** Whether a moderator has anything to change here: a finding to accept or a tag to set. */
    boolean offersChanges() {
        return hasTags || reviews.stream().anyMatch(FindingsReview::hasFindings);
    }

    boolean hasTags() {
        return hasTags;
    }

    AcceptedFindings accepted() {
        var accepted = new HashMap<String, List<Finding>>();
        for (int i = 0; i < texts.size(); i++) {
            accepted.put(texts.get(i).key(), reviews.get(i).accepted());
        }
        return new AcceptedFindings(accepted);
    }

    Set<String> chosenTags() {
        return tags.getValue().stream().map(ContentUnderReview.Tag::key).collect(Collectors.toSet());
    }

    /** Ids that stay valid in HTML and CSS whatever the key ("reflectionQuestions.2" becomes "reflectionQuestions-2"). */
    private static String fieldId(String key) {
        return "field-" + key.replace('.', '-');
    }
}
