package uk.sexualsafety.cop.portal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import uk.sexualsafety.cop.db.assessment.ActionPlan;
import uk.sexualsafety.cop.db.assessment.ActionStatus;
import uk.sexualsafety.cop.portal.assessment.ItemAnswer;
import uk.sexualsafety.cop.portal.layout.BritishDatePicker;
import uk.sexualsafety.cop.portal.layout.RowsEditor;

/** One action on an item: what, the owner's role (never a person's name), due date and status. */
class ActionRow implements RowsEditor.Row<ActionPlan> {

    private final TextField what = new TextField("Action");
    private final TextField owner = new TextField("Owner (a role)");
    private final BritishDatePicker due = new BritishDatePicker("Due");
    private final Select<ActionStatus> status = new Select<>();
    private final HorizontalLayout row;

    ActionRow(String idPrefix) {
        what.setId(idPrefix + "-what");
        what.setMaxLength(ItemAnswer.MAX_WHAT);
        what.setWidth("24rem");
        owner.setId(idPrefix + "-owner");
        owner.setMaxLength(ItemAnswer.MAX_OWNER_ROLE);
        owner.setHelperText("For example: Director of people");
        due.setId(idPrefix + "-due");
        status.setId(idPrefix + "-status");
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(ActionStatus.NOT_STARTED);
        row = new HorizontalLayout(what, owner, due, status);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    @Override
    public Component component() {
        return row;
    }

    /** The action, or null while it is incomplete (the editor then says what is missing). */
    @Override
    public ActionPlan value() {
        if (due.getValue() == null) {
            return null;
        }
        return new ActionPlan(what.getValue(), owner.getValue(), due.getValue(), status.getValue());
    }

    @Override
    public void fill(ActionPlan value) {
        what.setValue(value.what());
        owner.setValue(value.ownerRole());
        due.setValue(value.dueOn());
        status.setValue(value.status());
    }

    @Override
    public boolean showProblem(String field, String message) {
        return false;
    }

    @Override
    public void clearProblems() {
        // Problems with an item's actions are shown under its actions as a whole.
    }
}
