package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The specialisms that suit a request by its nature, whether or not the requester asked for them: holding them
 * ranks an investigator higher, lacking them excludes no one.
 */
public final class SuitableSpecialisms {

    private SuitableSpecialisms() {
    }

    public static Set<Specialism> of(RequestCategory category, boolean seniorLeaderInvolved) {
        // A switch over every category, so that a new one does not compile until someone decides what suits it.
        EnumSet<Specialism> suitable = switch (category) {
            case SEXUAL_ASSAULT_ALLEGATION -> EnumSet.of(Specialism.SEXUAL_ASSAULT_ALLEGATIONS,
                    Specialism.TRAUMA_INFORMED_INTERVIEWING);
            case NON_RECENT -> EnumSet.of(Specialism.NON_RECENT_CASES);
            case SEVERAL_PARTIES -> EnumSet.of(Specialism.SEVERAL_PARTIES);
            case SEXUAL_HARASSMENT, MISOGYNY -> EnumSet.of(Specialism.SEXUAL_MISCONDUCT);
            case COUNTER_CLAIMS -> EnumSet.of(Specialism.COGNITIVE_INTERVIEWING);
        };
        if (seniorLeaderInvolved) {
            suitable.add(Specialism.SENIOR_LEADERS);
        }
        return Collections.unmodifiableSet(suitable);
    }
}
