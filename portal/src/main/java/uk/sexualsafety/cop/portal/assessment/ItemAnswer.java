package uk.sexualsafety.cop.portal.assessment;

import uk.sexualsafety.cop.db.assessment.ActionPlan;
import uk.sexualsafety.cop.db.assessment.EvidenceRef;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A lead's answer on one item as the editor sends it. The limits are the columns' and are used by the editor's
 * fields and the service's checks alike.
 */
public record ItemAnswer(long frameworkItemId, Integer level, String evidence, Set<EvidenceRef> links,
                         List<ActionPlan> actions) {

    public static final String LEVEL = "level";
    public static final String EVIDENCE = "evidence";
    public static final String ACTIONS = "actions";
    public static final int MAX_EVIDENCE = 4000;
    public static final int MAX_WHAT = 500;
    public static final int MAX_OWNER_ROLE = 120;
    public static final int MAX_ACTIONS = 20;

    public ItemAnswer {
        links = Set.copyOf(Objects.requireNonNullElse(links, Set.of()));
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
    }

    /** The key under which a problem with one of this item's fields is reported: "C1.evidence". */
    public static String problemKey(String code, String field) {
        return code + "." + field;
    }
}
