package uk.sexualsafety.cop.portal.assessment;

import uk.sexualsafety.cop.db.assessment.ActionPlan;
import uk.sexualsafety.cop.db.assessment.FrameworkItem;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Checks a lead's answer on one item; problems are keyed by the item's code and field, and name the item. */
final class AssessmentValidation {

    private AssessmentValidation() {
    }

    /** The answer with blank text turned to none and text trimmed, or the first problem in it. */
    static ItemAnswer checked(FrameworkItem item, ItemAnswer answer) {
        String name = item.getCode() + " " + item.getTitle();
        Integer level = answer.level();
        if (level != null && (level < FrameworkItem.LOWEST_LEVEL || level > FrameworkItem.HIGHEST_LEVEL)) {
            throw problem(item, ItemAnswer.LEVEL, "Choose a level from 1 to 4 for " + name + ".");
        }
        String evidence = blankToNull(answer.evidence());
        if (evidence != null && evidence.length() > ItemAnswer.MAX_EVIDENCE) {
            throw problem(item, ItemAnswer.EVIDENCE, "The evidence for " + name + " is " + evidence.length()
                    + " characters long. Shorten it to " + ItemAnswer.MAX_EVIDENCE + " or fewer.");
        }
        if (answer.actions().size() > ItemAnswer.MAX_ACTIONS) {
            throw problem(item, ItemAnswer.ACTIONS, name + " has more than " + ItemAnswer.MAX_ACTIONS
                    + " actions. Combine some of them.");
        }
        List<ActionPlan> actions = new ArrayList<>();
        for (ActionPlan action : answer.actions()) {
            String what = action.what().strip();
            String owner = action.ownerRole().strip();
            if (what.isEmpty() || owner.isEmpty()) {
                throw problem(item, ItemAnswer.ACTIONS, "Each action for " + name + " needs what is to be done "
                        + "and the role that owns it.");
            }
            if (what.length() > ItemAnswer.MAX_WHAT || owner.length() > ItemAnswer.MAX_OWNER_ROLE) {
                throw problem(item, ItemAnswer.ACTIONS, "An action for " + name + " is too long: up to "
                        + ItemAnswer.MAX_WHAT + " characters for what is to be done and "
                        + ItemAnswer.MAX_OWNER_ROLE + " for the owner's role.");
            }
            actions.add(new ActionPlan(what, owner, action.dueOn(), action.status()));
        }
        return new ItemAnswer(answer.frameworkItemId(), level, evidence, answer.links(), actions);
    }

    private static InvalidInputException problem(FrameworkItem item, String field, String message) {
        return InvalidInputException.of(ItemAnswer.problemKey(item.getCode(), field), message);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
