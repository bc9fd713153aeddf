package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.InvestigationAssignment;
import uk.sexualsafety.cop.db.investigator.Milestone;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How far an assignment has come: accepted, conflict declaration signed, then each milestone as it is reached.
 *
 * @param reached when each milestone reached so far was recorded, in order
 * @param next    the milestone to record next; empty once closed
 */
public record Progress(Instant acceptedAt, Optional<Instant> declarationSignedAt, Map<Milestone, Instant> reached,
                       Optional<Milestone> next) {

    public Progress {
        reached = Map.copyOf(reached);
    }

    static Progress of(InvestigationAssignment assignment) {
        Map<Milestone, Instant> reached = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            assignment.reachedAt(milestone).ifPresent(at -> reached.put(milestone, at));
        }
        return new Progress(assignment.getAcceptedAt(), Optional.ofNullable(assignment.getDeclarationSignedAt()),
                reached, assignment.nextMilestone());
    }
}
