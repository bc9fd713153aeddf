package uk.sexualsafety.cop.portal.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import uk.sexualsafety.cop.db.assessment.ActionPlan;
import uk.sexualsafety.cop.db.assessment.EvidenceRef;
import uk.sexualsafety.cop.portal.assessment.EvidenceLinkView;
import uk.sexualsafety.cop.portal.assessment.ItemAnswer;
import uk.sexualsafety.cop.portal.assessment.ItemForEditing;
import uk.sexualsafety.cop.portal.assessment.SelfAssessments;
import uk.sexualsafety.cop.portal.layout.RowsEditor;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One framework item in the editor: its questions, the four levels each with its descriptor beside the choice, the
 * evidence narrative with the anonymiser's check, the evidence already linked, and the actions.
 */
class ItemEditor extends Composite<VerticalLayout> {

    private final ItemForEditing item;
    private final String idPrefix;
    private final RadioButtonGroup<Integer> level = new RadioButtonGroup<>("Maturity level");
    private final TextArea evidence = new TextArea("Evidence");
    private final RowsEditor<ActionPlan> actions;
    private final Button check;
    private final Span actionsProblem = new Span();

    ItemEditor(ItemForEditing item, SelfAssessments assessments) {
        this.item = item;
        this.idPrefix = "item-" + item.code().toLowerCase();
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId(idPrefix);
        H2 heading = new H2(item.code() + " " + item.title());
        Paragraph questions = new Paragraph(item.questions());

        level.setId(idPrefix + "-level");
        level.setItems(IntStream.rangeClosed(1, item.descriptors().size()).boxed().toList());
        level.setItemLabelGenerator(n -> "Level " + n + ": " + item.descriptor(n));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setValue(item.level());

        evidence.setId(idPrefix + "-evidence");
        evidence.setMaxLength(ItemAnswer.MAX_EVIDENCE);
        evidence.setWidthFull();
        evidence.setHelperText("Describe measures, never people. Level 3 or 4 needs evidence.");
        evidence.setValue(Objects.requireNonNullElse(item.evidence(), ""));
        check = new Button("Check for identifying details", click -> new EvidenceCheckDialog(assessments,
                evidence.getValue(), evidence::setValue).open());
        check.setId(idPrefix + "-check");
        check.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        actions = new RowsEditor<>(idPrefix + "-actions", "Actions", "action",
                index -> new ActionRow(idPrefix + "-action-" + index));
        actions.fill(item.actions());
        actionsProblem.setId(idPrefix + "-actions-problem");
        actionsProblem.addClassName("field-problem");

        layout.add(heading, questions, level, evidence, check, links(item.links()), actions, actionsProblem);
    }

    /** The lead's answer as typed, or a problem shown here and null when an action is incomplete. */
    ItemAnswer answer() {
        List<ActionPlan> plans = actions.values();
        if (plans.contains(null)) {
            showProblem(ItemAnswer.ACTIONS, "Each action for " + item.code() + " " + item.title()
                    + " needs the date it is due.");
            return null;
        }
        Set<EvidenceRef> kept = item.links().stream().map(EvidenceLinkView::ref).collect(Collectors.toSet());
        return new ItemAnswer(item.frameworkItemId(), level.getValue(), evidence.getValue(), kept, plans);
    }

    String code() {
        return item.code();
    }

    void showProblem(String field, String message) {
        switch (field) {
            case ItemAnswer.LEVEL -> {
                level.setErrorMessage(message);
                level.setInvalid(true);
            }
            case ItemAnswer.EVIDENCE -> {
                evidence.setErrorMessage(message);
                evidence.setInvalid(true);
            }
            default -> actionsProblem.setText(message);
        }
    }

    void clearProblems() {
        level.setInvalid(false);
        evidence.setInvalid(false);
        actionsProblem.setText("");
    }

    void setEditable(boolean editable) {
        level.setReadOnly(!editable);
        evidence.setReadOnly(!editable);
        check.setVisible(editable);
        actions.setVisible(editable || !item.actions().isEmpty());
        actions.getElement().setEnabled(editable);
    }

    private VerticalLayout links(List<EvidenceLinkView> links) {
        VerticalLayout section = new VerticalLayout(new H3("Evidence in the portal"));
        section.setPadding(false);
        if (links.isEmpty()) {
            section.add(new Paragraph("Nothing linked."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId(idPrefix + "-links");
        for (EvidenceLinkView link : links) {
            // Plain text, never a link: a withdrawn target says so instead of leading nowhere.
            list.add(new ListItem(link.ref().kind().label() + ": " + link.title()
                    + (link.available() ? "" : " (withdrawn or no longer published)")));
        }
        section.add(list);
        return section;
    }
}
