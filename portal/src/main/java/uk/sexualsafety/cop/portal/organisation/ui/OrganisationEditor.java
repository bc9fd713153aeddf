package uk.sexualsafety.cop.portal.organisation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.portal.organisation.IcbOption;
import uk.sexualsafety.cop.portal.organisation.OrganisationForm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of an organisation, bound to an {@link OrganisationForm}. It checks nothing itself: the directory
 * service does, and its messages are shown next to the fields they concern.
 */
class OrganisationEditor extends Composite<FormLayout> {

    private final TextField name = new TextField("Name");
    private final TextField shortName = new TextField("Short name (optional)");
    private final ComboBox<OrganisationType> type = new ComboBox<>("Type of organisation");
    private final ComboBox<Nation> nation = new ComboBox<>("Nation");
    private final ComboBox<IcbOption> icb = new ComboBox<>("Integrated care board (ICB)");
    private final Binder<OrganisationForm> binder = new Binder<>(OrganisationForm.class);
    private final Map<String, HasValidation> fields = Map.of(OrganisationForm.NAME, name,
            OrganisationForm.SHORT_NAME, shortName, OrganisationForm.TYPE, type, OrganisationForm.NATION, nation,
            OrganisationForm.ICB, icb);

    OrganisationEditor(List<IcbOption> icbs) {
        name.setId("organisation-name");
        name.setMaxLength(OrganisationForm.MAX_NAME);
        shortName.setId("organisation-short-name");
        shortName.setMaxLength(OrganisationForm.MAX_SHORT_NAME);
        shortName.setHelperText("A common abbreviation, such as LAS or WAST");
        type.setId("organisation-type");
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(OrganisationType::label);
        nation.setId("organisation-nation");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(Nation::label);
        icb.setId("organisation-icb");
        icb.setItems(icbs);
        icb.setItemLabelGenerator(IcbOption::name);
        icb.setHelperText("Organisations in England, except national bodies");
        // Only England has integrated care boards: elsewhere there is nothing to choose.
        nation.addValueChangeListener(change -> {
            boolean inEngland = change.getValue() == null || change.getValue() == Nation.ENGLAND;
            if (!inEngland) {
                icb.clear();
                icb.setInvalid(false);
            }
            icb.setEnabled(inEngland);
        });

        Map<Long, IcbOption> icbsById = icbs.stream().collect(Collectors.toMap(IcbOption::id, Function.identity()));
        binder.forField(name).bind(OrganisationForm.NAME);
        binder.forField(shortName).bind(OrganisationForm.SHORT_NAME);
        binder.forField(type).bind(OrganisationForm.TYPE);
        binder.forField(nation).bind(OrganisationForm.NATION);
        binder.forField(icb)
                .withConverter(option -> option == null ? null : option.id(),
                        (Long id) -> id == null ? null : icbsById.get(id))
                .bind(OrganisationForm.ICB);

        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(name, shortName, type, nation, icb);
    }

    void edit(OrganisationForm organisation) {
        binder.readRecord(organisation);
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** What the fields hold now; the binder has no rules of its own, so this is empty only on a conversion error. */
    Optional<OrganisationForm> value() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void showProblems(Map<String, String> problems) {
        problems.forEach((field, message) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
    }

    void focus() {
        name.focus();
    }
}
