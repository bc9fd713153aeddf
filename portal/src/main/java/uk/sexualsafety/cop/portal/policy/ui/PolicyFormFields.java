package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import uk.sexualsafety.cop.portal.layout.BritishDatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.sexualsafety.cop.db.policy.PolicyType;
import uk.sexualsafety.cop.portal.policy.CommitmentOption;
import uk.sexualsafety.cop.portal.policy.PolicyDetailsForm;
import uk.sexualsafety.cop.portal.policy.PolicyForm;
import uk.sexualsafety.cop.portal.policy.PolicyPage;
import uk.sexualsafety.cop.portal.policy.PolicySharing;
import uk.sexualsafety.cop.portal.policy.PolicyUploads;
import uk.sexualsafety.cop.portal.policy.UploadedFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of a policy: its description, and for an upload the version's label, effective date and file. It reads
 * them into the service's records and shows the service's problems next to their fields; what was typed stays.
 */
class PolicyFormFields extends Composite<FormLayout> {

    /** Which fields a form has. */
    enum Kind {
        /** A new policy or a new version: everything, the file required. */
        UPLOAD,
        /** The description and the current version's next review date. */
        DETAILS
    }

    private final TextField title = new TextField("Title");
    private final ComboBox<PolicyType> type = new ComboBox<>("Kind of policy");
    private final TextField versionLabel = new TextField("Version");
    private final DatePicker effectiveOn = new BritishDatePicker("In effect from");
    private final DatePicker reviewDueOn = new BritishDatePicker("Next review due");
    private final TextArea summary = new TextArea("Summary in plain English");
    private final CheckboxGroup<CommitmentOption> commitments = new CheckboxGroup<>(
            "Charter commitments it addresses");
    private final Checkbox adaptable = new Checkbox("Other organisations may adapt this policy for their own use");
    private final PolicyFileField file;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** A new policy or a new version, with its file. */
    static PolicyFormFields forUpload(List<CommitmentOption> options, PolicySharing sharing, PolicyUploads uploads) {
        return new PolicyFormFields(Kind.UPLOAD, options, sharing, uploads);
    }

    /** The description and the current version's next review date. */
    static PolicyFormFields forDetails(List<CommitmentOption> options) {
        return new PolicyFormFields(Kind.DETAILS, options, null, null);
    }

    private PolicyFormFields(Kind kind, List<CommitmentOption> options, PolicySharing sharing,
                             PolicyUploads uploads) {
        title.setId("policy-title");
        title.setMaxLength(PolicyForm.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        type.setId("policy-type");
        type.setItems(PolicyType.values());
        type.setItemLabelGenerator(PolicyType::label);
        type.setRequiredIndicatorVisible(true);
        versionLabel.setId("policy-version-label");
        versionLabel.setMaxLength(PolicyForm.MAX_VERSION_LABEL);
        versionLabel.setHelperText("As the document names it, such as 2.1 or \u201CMarch 2026\u201D");
        versionLabel.setRequiredIndicatorVisible(true);
        effectiveOn.setId("policy-effective-on");
        effectiveOn.setRequiredIndicatorVisible(true);
        reviewDueOn.setId("policy-review-due-on");
        reviewDueOn.setRequiredIndicatorVisible(true);
        reviewDueOn.setHelperText(kind == Kind.DETAILS
                ? "After a review that keeps this version, set the date of the next one"
                : "Its owners are reminded by email 30 days before and on the day");
        summary.setId("policy-summary");
        summary.setMaxLength(PolicyForm.MAX_SUMMARY);
        summary.setRequiredIndicatorVisible(true);
        summary.setHelperText("What it covers, who it is for and how staff raise a concern, in a few sentences");
        summary.setWidthFull();
        commitments.setId("policy-commitments");
        commitments.setItems(options);
        commitments.setItemLabelGenerator(CommitmentOption::label);
        adaptable.setId("policy-adaptable");
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(title, 2);
        form.add(type);
        fields.put(PolicyForm.TITLE, title);
        fields.put(PolicyForm.TYPE, type);
        if (kind == Kind.UPLOAD) {
            form.add(versionLabel, effectiveOn);
            fields.put(PolicyForm.VERSION_LABEL, versionLabel);
            fields.put(PolicyForm.EFFECTIVE_ON, effectiveOn);
        }
        form.add(reviewDueOn);
        form.add(summary, 2);
        form.add(commitments, 2);
        form.add(adaptable, 2);
        fields.put(PolicyForm.REVIEW_DUE_ON, reviewDueOn);
        fields.put(PolicyForm.SUMMARY, summary);
        fields.put(PolicyForm.COMMITMENTS, commitments);
        if (kind == Kind.UPLOAD) {
            file = new PolicyFileField("policy-file", sharing, uploads, sharing.maxFileBytes());
            form.add(file, 2);
            fields.put(PolicyForm.FILE, file);
        } else {
            file = null;
        }
    }

    /** Starts from the policy's current description, for a new version or a change. */
    void fill(PolicyPage policy) {
        title.setValue(policy.title());
        type.setValue(policy.type());
        summary.setValue(policy.summary());
        Set<Integer> chosen = policy.commitments().stream().map(CommitmentOption::number).collect(Collectors.toSet());
        commitments.setValue(commitments.getListDataView().getItems()
                .filter(option -> chosen.contains(option.number())).collect(Collectors.toSet()));
        adaptable.setValue(policy.adaptable());
    }

    void fillReviewDate(PolicyPage policy) {
        reviewDueOn.setValue(policy.reviewDueOn());
    }

    PolicyForm upload() {
        return new PolicyForm(title.getValue(), type.getValue(), versionLabel.getValue(), effectiveOn.getValue(),
                reviewDueOn.getValue(), summary.getValue(), numbers(), adaptable.getValue(),
                file.file().orElse(null));
    }

    PolicyDetailsForm details() {
        return new PolicyDetailsForm(title.getValue(), type.getValue(), summary.getValue(), numbers(),
                adaptable.getValue(), reviewDueOn.getValue());
    }

    Set<Integer> numbers() {
        return commitments.getValue().stream().map(CommitmentOption::number).collect(Collectors.toSet());
    }

    /** Shows each problem next to its field; returns those that belong to no field here. */
    Map<String, String> showProblems(Map<String, String> problems) {
        clearProblems();
        Map<String, String> elsewhere = new LinkedHashMap<>();
        problems.forEach((field, message) -> {
            HasValidation component = fields.get(field);
            if (component == null) {
                elsewhere.put(field, message);
            } else {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
        fields.entrySet().stream().filter(entry -> problems.containsKey(entry.getKey())).findFirst()
                .ifPresent(entry -> focus(entry.getValue()));
        return elsewhere;
    }

    void clearProblems() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    void fileSaved() {
        if (file != null) {
            file.reset();
        }
    }

    UploadedFile chosenFile() {
        return file == null ? null : file.file().orElse(null);
    }

    private static void focus(HasValidation field) {
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
