package uk.sexualsafety.cop.portal.casestudy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.sexualsafety.cop.db.casestudy.InterimMeasure;
import uk.sexualsafety.cop.db.casestudy.PoliceInvolvement;
import uk.sexualsafety.cop.db.casestudy.RaisedVia;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyDraft;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a case study, in the order a reader meets them. It keeps whatever was typed however the service
 * answers, and shows the service's problems next to the fields they belong to.
 */
class CaseStudyDraftFields extends Composite<FormLayout> {

    private final TextField title = new TextField("Title");
    private final TextArea summary = new TextArea("Summary");
    private final Select<OrganisationType> organisationType = new Select<>();
    private final Checkbox showOrganisation = new Checkbox("Show the name of my organisation to readers");
    private final RadioButtonGroup<HarmStructure> harmStructure = new RadioButtonGroup<>("Who harmed whom?");
    private final RadioButtonGroup<RaisedVia> raisedVia = new RadioButtonGroup<>("How was it raised?");
    private final TextArea account = new TextArea("What happened");
    private final TextArea riskAssessment = new TextArea("Risk assessment for everyone involved");
    private final TextArea reviewGroup = new TextArea("Review group (optional)");
    private final CheckboxGroup<InterimMeasure> interimMeasures = new CheckboxGroup<>("Interim measures");
    private final TextArea interimMeasuresDetail = new TextArea("Interim measures: more detail (optional)");
    private final RadioButtonGroup<PoliceInvolvement> policeInvolvement =
            new RadioButtonGroup<>("Were the police involved?");
    private final TextArea policeDetail = new TextArea("Police involvement: more detail (optional)");
    private final TextArea supportPersonHarmed = new TextArea("Support offered to the person harmed (optional)");
    private final TextArea supportPersonAccused = new TextArea("Support offered to the person accused (optional)");
    private final TextArea supportOthers = new TextArea("Support offered to others involved, such as witnesses "
            + "(optional)");
    private final TextArea outcome = new TextArea("Outcome");
    private final TextArea learningPoints = new TextArea("Learning points");
    private final TextArea reflectionQuestions = new TextArea("Questions for reflection, one per line");
    private final CheckboxGroup<Theme> themes = new CheckboxGroup<>("Themes");
    private final CheckboxGroup<Integer> charterCommitments =
            new CheckboxGroup<>("Sexual Safety Charter commitments it relates to (optional)");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    CaseStudyDraftFields(Map<Integer, String> commitmentTitles) {
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("48rem");
        text(title, CaseStudyDraft.TITLE, "Readers see this in the list. Leave out names, places and dates.");
        title.setMaxLength(CaseStudyDraft.MAX_TITLE);
        area(summary, CaseStudyDraft.SUMMARY, "Two or three sentences on what happened and what others can learn.");
        organisationType.setLabel("Kind of organisation where it happened");
        organisationType.setItems(OrganisationType.values());
        organisationType.setItemLabelGenerator(type -> type == null ? "" : type.label());
        field(organisationType, CaseStudyDraft.ORGANISATION_TYPE);
        showOrganisation.setId("cs-showOrganisation");
        showOrganisation.setHelperText("Leave this unticked to show only the kind of organisation.");
        fields.put(CaseStudyDraft.SHOW_ORGANISATION, showOrganisation);
        choice(harmStructure, CaseStudyDraft.HARM_STRUCTURE, HarmStructure.values(), HarmStructure::label);
        choice(raisedVia, CaseStudyDraft.RAISED_VIA, RaisedVia.values(), RaisedVia::label);
        area(account, CaseStudyDraft.ACCOUNT,
                "The account of what happened, as you would tell it to colleagues learning "
                + "from it. Before anything is sent, we check every text for details that could identify someone.");
        account.setMinHeight("12rem");
        area(riskAssessment, CaseStudyDraft.RISK_ASSESSMENT,
                "How risks to the person harmed, the person accused, witnesses and "
                + "patients were assessed, or that they were not.");
        area(reviewGroup, CaseStudyDraft.REVIEW_GROUP, "Who reviewed the case and decided what to do.");
        interimMeasures.setItems(InterimMeasure.values());
        interimMeasures.setItemLabelGenerator(InterimMeasure::label);
        field(interimMeasures, CaseStudyDraft.INTERIM_MEASURES);
        area(interimMeasuresDetail, CaseStudyDraft.INTERIM_MEASURES_DETAIL, null);
        choice(policeInvolvement, CaseStudyDraft.POLICE_INVOLVEMENT, PoliceInvolvement.values(),
                PoliceInvolvement::label);
        area(policeDetail, CaseStudyDraft.POLICE_DETAIL, null);
        area(supportPersonHarmed, CaseStudyDraft.SUPPORT_PERSON_HARMED, null);
        area(supportPersonAccused, CaseStudyDraft.SUPPORT_PERSON_ACCUSED, null);
        area(supportOthers, CaseStudyDraft.SUPPORT_OTHERS, null);
        area(outcome, CaseStudyDraft.OUTCOME, null);
        area(learningPoints, CaseStudyDraft.LEARNING_POINTS,
                "What others can take from this into their own organisation.");
        area(reflectionQuestions, CaseStudyDraft.REFLECTION_QUESTIONS,
                "Questions a team could discuss, each on its own line; "
                + "up to ten.");
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(Theme::label);
        field(themes, CaseStudyDraft.THEMES);
        charterCommitments.setItems(commitmentTitles.keySet().stream().sorted().toList());
        charterCommitments.setItemLabelGenerator(number -> number + ". " + commitmentTitles.get(number));
        field(charterCommitments, CaseStudyDraft.CHARTER_COMMITMENTS);
        form.add(heading("The case"), title, summary, organisationType, showOrganisation, harmStructure, raisedVia,
                account, heading("The response"), riskAssessment, reviewGroup, interimMeasures,
                interimMeasuresDetail, policeInvolvement, policeDetail, supportPersonHarmed, supportPersonAccused,
                supportOthers, heading("What came of it"), outcome, learningPoints, reflectionQuestions,
                heading("Finding it"), themes, charterCommitments);
    }

    CaseStudyDraft draft() {
        List<String> questions = Arrays.stream(reflectionQuestions.getValue().split("\\R")).toList();
        return new CaseStudyDraft(title.getValue(), summary.getValue(), organisationType.getValue(),
                showOrganisation.getValue(), harmStructure.getValue(), raisedVia.getValue(), account.getValue(),
                riskAssessment.getValue(), reviewGroup.getValue(), interimMeasures.getValue(),
                interimMeasuresDetail.getValue(), policeInvolvement.getValue(), policeDetail.getValue(),
                supportPersonHarmed.getValue(), supportPersonAccused.getValue(), supportOthers.getValue(),
                outcome.getValue(), learningPoints.getValue(), questions, themes.getValue(),
                charterCommitments.getValue());
    }

    void fill(CaseStudyDraft draft) {
        title.setValue(orEmpty(draft.title()));
        summary.setValue(orEmpty(draft.summary()));
        organisationType.setValue(draft.organisationType());
        showOrganisation.setValue(draft.showOrganisation());
        harmStructure.setValue(draft.harmStructure());
        raisedVia.setValue(draft.raisedVia());
        account.setValue(orEmpty(draft.account()));
        riskAssessment.setValue(orEmpty(draft.riskAssessment()));
        reviewGroup.setValue(orEmpty(draft.reviewGroup()));
        interimMeasures.setValue(draft.interimMeasures());
        interimMeasuresDetail.setValue(orEmpty(draft.interimMeasuresDetail()));
        policeInvolvement.setValue(draft.policeInvolvement());
        policeDetail.setValue(orEmpty(draft.policeDetail()));
        supportPersonHarmed.setValue(orEmpty(draft.supportPersonHarmed()));
        supportPersonAccused.setValue(orEmpty(draft.supportPersonAccused()));
        supportOthers.setValue(orEmpty(draft.supportOthers()));
        outcome.setValue(orEmpty(draft.outcome()));
        learningPoints.setValue(orEmpty(draft.learningPoints()));
        reflectionQuestions.setValue(String.join("\n", draft.reflectionQuestions()));
        themes.setValue(draft.themes());
        charterCommitments.setValue(draft.charterCommitments());
    }

    /** A new case study starts from the kind of organisation the author works for. */
    void suggestOrganisationType(OrganisationType type) {
        organisationType.setValue(type);
    }

    void clearProblems() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Shows each problem next to its field and moves focus to the first, so it is read out and seen. */
    void showProblems(Map<String, String> problems) {
        Component first = null;
        for (Map.Entry<String, HasValidation> field : fields.entrySet()) {
            String message = problems.get(field.getKey());
            if (message != null) {
                field.getValue().setErrorMessage(message);
                field.getValue().setInvalid(true);
                if (first == null) {
                    first = (Component) field.getValue();
                }
            }
        }
        if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void text(TextField field, String key, String helper) {
        field.setHelperText(helper);
        field(field, key);
    }

    private void area(TextArea field, String key, String helper) {
        if (helper != null) {
            field.setHelperText(helper);
        }
        field.setMaxHeight("24rem");
        field(field, key);
    }

    private <T> void choice(RadioButtonGroup<T> group, String key, T[] values,
                            com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        group.setItems(values);
        group.setItemLabelGenerator(label);
        field(group, key);
    }

    private void field(Component component, String key) {
        component.setId("cs-" + key);
        fields.put(key, (HasValidation) component);
        if (component instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
    }

    private static H2 heading(String text) {
        return new H2(text);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
