package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.portal.story.StoryDraft;

import java.util.Map;

/**
 * The fields of a story, for sharing one and for revising it. It keeps whatever was typed however the service
 * answers, and shows the service's problems next to the fields they belong to.
 */
class StoryFields extends Composite<FormLayout> {

    private final TextField title = new TextField("A short title");
    private final TextArea body = new TextArea("Your story");
    private final RadioButtonGroup<StoryRelation> relation = new RadioButtonGroup<>("How do you relate to it?");
    private final RadioButtonGroup<HarmStructure> harmStructure = new RadioButtonGroup<>("Who harmed whom?");
    private final CheckboxGroup<ContentWarning> contentWarnings =
            new CheckboxGroup<>("Content warnings: what should readers know before they read it?");
    private final RadioButtonGroup<StoryReadership> readership = new RadioButtonGroup<>("Who may read it?");
    private final RadioButtonGroup<Boolean> identity = new RadioButtonGroup<>("Share it");
    private final Map<String, HasValidation> fields = Map.of(StoryDraft.TITLE, title, StoryDraft.BODY, body,
            StoryDraft.RELATION, relation, StoryDraft.HARM_STRUCTURE, harmStructure, StoryDraft.READERSHIP, readership);

    StoryFields(boolean signedIn) {
        title.setId("story-title");
        title.setMaxLength(StoryDraft.MAX_TITLE);
        title.setWidthFull();
        title.setHelperText("Readers see this in the list of stories. Leave out names and places.");
        body.setId("story-text");
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setHelperText("Write as much or as little as you like, up to 20,000 words. Before anything is sent, "
                + "we check it for names, places, dates and numbers that could identify someone, and you choose "
                + "what to replace.");
        relation.setId("relation");
        relation.setItems(StoryRelation.values());
        relation.setItemLabelGenerator(StoryRelation::label);
        harmStructure.setId("harm-structure");
        harmStructure.setItems(HarmStructure.values());
        harmStructure.setItemLabelGenerator(HarmStructure::label);
        contentWarnings.setId("content-warnings");
        contentWarnings.setItems(ContentWarning.values());
        contentWarnings.setItemLabelGenerator(ContentWarning::label);
        readership.setId("readership");
        readership.setItems(StoryReadership.values());
        readership.setItemLabelGenerator(StoryReadership::label);
        readership.setValue(StoryReadership.MEMBERS_ONLY);
        identity.setId("identity");
        identity.setItems(false, true);
        identity.setItemLabelGenerator(linked -> linked ? "Linked to my account (moderators will see it is yours)"
                : "Anonymously: you get a code to follow your story, and nothing about you is kept");
        identity.setValue(false);
        identity.setVisible(signedIn);
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("48rem");
        form.add(title, body, relation, harmStructure, contentWarnings, readership, identity);
    }

    StoryDraft draft() {
        return new StoryDraft(title.getValue(), body.getValue(), relation.getValue(), harmStructure.getValue(),
                contentWarnings.getValue(), readership.getValue(), Boolean.TRUE.equals(identity.getValue()));
    }

    void fill(StoryDraft draft) {
        title.setValue(draft.title());
        body.setValue(draft.body());
        relation.setValue(draft.relation());
        harmStructure.setValue(draft.harmStructure());
        contentWarnings.setValue(draft.contentWarnings());
        readership.setValue(draft.readership());
        identity.setVisible(false);
    }

    void replaceText(String newBody) {
        body.setValue(newBody);
    }

    void clearProblems() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    void showProblems(Map<String, String> problems) {
        problems.forEach((field, message) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
        if (problems.containsKey(StoryDraft.TITLE)) {
            title.focus();
        } else if (problems.containsKey(StoryDraft.BODY)) {
            body.focus();
        }
    }
}
