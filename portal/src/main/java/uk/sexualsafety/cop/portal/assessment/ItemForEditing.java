package uk.sexualsafety.cop.portal.assessment;

import uk.sexualsafety.cop.db.assessment.ActionPlan;
import uk.sexualsafety.cop.db.assessment.FrameworkSection;

import java.util.List;

/** One framework item with the organisation's answer, as the editor shows it. */
public record ItemForEditing(long frameworkItemId, String code, FrameworkSection section, String title,
                             String questions, List<String> descriptors, Integer level, String evidence,
                             List<EvidenceLinkView> links, List<ActionPlan> actions) {

    /** The descriptor of a level from 1 to 4. */
    public String descriptor(int level) {
        return descriptors.get(level - 1);
    }
}
