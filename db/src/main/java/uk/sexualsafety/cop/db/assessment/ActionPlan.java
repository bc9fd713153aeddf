package uk.sexualsafety.cop.db.assessment;

import java.time.LocalDate;
import java.util.Objects;

/** An action as a lead writes it: what, which role owns it, when it is due, where it stands. */
public record ActionPlan(String what, String ownerRole, LocalDate dueOn, ActionStatus status) {

    public ActionPlan {
        Objects.requireNonNull(what);
        Objects.requireNonNull(ownerRole);
        Objects.requireNonNull(dueOn);
        Objects.requireNonNull(status);
    }
}
