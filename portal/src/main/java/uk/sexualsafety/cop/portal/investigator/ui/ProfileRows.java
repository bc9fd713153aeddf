package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import uk.sexualsafety.cop.portal.layout.BritishDatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.AccreditationEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.ConflictEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.EmploymentEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.PeriodEntry;
import uk.sexualsafety.cop.portal.layout.RowsEditor;
import uk.sexualsafety.cop.portal.organisation.OrganisationOption;

import java.util.List;
import java.util.Map;

/** The rows of the profile's lists: accreditations, unavailable periods, employment and declared conflicts. */
final class ProfileRows {

    private ProfileRows() {
    }

    /** Fields by name, for showing a service's problems next to them. */
    private abstract static class FieldsRow<T> implements RowsEditor.Row<T> {

        private final HorizontalLayout layout = new HorizontalLayout();
        private final Map<String, HasValidation> fields;

        FieldsRow(Map<String, HasValidation> fields, Component... components) {
            this.fields = fields;
            layout.add(components);
            layout.setWrap(true);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public boolean showProblem(String field, String message) {
            HasValidation component = fields.get(field);
            if (component == null) {
                return false;
            }
            component.setErrorMessage(message);
            component.setInvalid(true);
            return true;
        }

        @Override
        public void clearProblems() {
            fields.values().forEach(field -> field.setInvalid(false));
        }
    }

    static RowsEditor.Row<AccreditationEntry> accreditation(int index) {
        TextField name = new TextField("Accreditation or training");
        DatePicker from = new BritishDatePicker("Valid from");
        DatePicker until = new BritishDatePicker("Valid until (leave empty if it does not expire)");
        name.setId("accreditations-" + index + "-name");
        from.setId("accreditations-" + index + "-from");
        until.setId("accreditations-" + index + "-until");
        return new FieldsRow<>(Map.of("name", name, "validFrom", from, "validUntil", until), name, from, until) {
            @Override
            public AccreditationEntry value() {
                return new AccreditationEntry(name.getValue(), from.getValue(), until.getValue());
            }

            @Override
            public void fill(AccreditationEntry value) {
                name.setValue(value.name());
                from.setValue(value.validFrom());
                until.setValue(value.validUntil());
            }
        };
    }

    static RowsEditor.Row<PeriodEntry> period(int index) {
        DatePicker from = new BritishDatePicker("Unavailable from");
        DatePicker to = new BritishDatePicker("Unavailable until");
        from.setId("unavailable-" + index + "-from");
        to.setId("unavailable-" + index + "-to");
        return new FieldsRow<>(Map.of("from", from, "to", to), from, to) {
            @Override
            public PeriodEntry value() {
                return new PeriodEntry(from.getValue(), to.getValue());
            }

            @Override
            public void fill(PeriodEntry value) {
                from.setValue(value.from());
                to.setValue(value.to());
            }
        };
    }

    static RowsEditor.Row<EmploymentEntry> employment(int index, List<OrganisationOption> organisations) {
        ComboBox<OrganisationOption> organisation = organisationBox("Organisation", organisations);
        DatePicker from = new BritishDatePicker("From");
        DatePicker to = new BritishDatePicker("Until (leave empty if it continues)");
        organisation.setId("employment-" + index + "-organisation");
        from.setId("employment-" + index + "-from");
        to.setId("employment-" + index + "-to");
        return new FieldsRow<>(Map.of("organisationId", organisation, "from", from, "to", to), organisation, from,
                to) {
            @Override
            public EmploymentEntry value() {
                return new EmploymentEntry(organisation.getValue() == null ? null : organisation.getValue().id(),
                        from.getValue(), to.getValue());
            }

            @Override
            public void fill(EmploymentEntry value) {
                organisation.setValue(find(organisations, value.organisationId()));
                from.setValue(value.from());
                to.setValue(value.to());
            }
        };
    }

    static RowsEditor.Row<ConflictEntry> conflict(int index, List<OrganisationOption> organisations) {
        ComboBox<OrganisationOption> organisation = organisationBox("Organisation", organisations);
        TextField description = new TextField("The conflict, briefly (for example, a close relationship)");
        description.setWidth("24rem");
        organisation.setId("conflicts-" + index + "-organisation");
        description.setId("conflicts-" + index + "-description");
        return new FieldsRow<>(Map.of("organisationId", organisation, "description", description), organisation,
                description) {
            @Override
            public ConflictEntry value() {
                return new ConflictEntry(organisation.getValue() == null ? null : organisation.getValue().id(),
                        description.getValue());
            }

            @Override
            public void fill(ConflictEntry value) {
                organisation.setValue(find(organisations, value.organisationId()));
                description.setValue(value.description());
            }
        };
    }

    private static ComboBox<OrganisationOption> organisationBox(String label, List<OrganisationOption> options) {
        ComboBox<OrganisationOption> box = new ComboBox<>(label);
        box.setItems(options);
        box.setItemLabelGenerator(OrganisationOption::name);
        box.setWidth("22rem");
        return box;
    }

    private static OrganisationOption find(List<OrganisationOption> options, Long id) {
        return options.stream().filter(option -> id != null && option.id() == id).findFirst().orElse(null);
    }
}
