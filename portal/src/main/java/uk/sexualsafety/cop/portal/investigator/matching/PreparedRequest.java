package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.Specialism;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What every candidate is checked against, worked out once per request so that each candidate costs only lookups.
 *
 * @param excludedIcbId   the ICB whose current employees are left out, or null when none is
 * @param missingSuitable suitable specialisms the requester did not ask for, in a stable order: holding them ranks
 *                        higher
 */
record PreparedRequest(RequestProfile request, LocalDate today, int conflictYears, LocalDate conflictCutoff,
                       Long excludedIcbId, DatePeriod workPeriod, Set<Specialism> needed, List<Specialism> missingSuitable,
                       String startLabel, String monthLabel, String placeLabel) {

    static PreparedRequest of(RequestProfile request, MatchingRules rules) {
        EnumSet<Specialism> needed = EnumSet.noneOf(Specialism.class);
        needed.addAll(request.specialismsNeeded());
        EnumSet<Specialism> extra = EnumSet.noneOf(Specialism.class);
        extra.addAll(SuitableSpecialisms.of(request.category(), request.seniorLeaderInvolved()));
        extra.removeAll(needed);
        String place = request.region() != null ? request.region().label() : request.nation().label();
        return new PreparedRequest(request, rules.today(), rules.conflictYears(), rules.conflictCutoff(),
                request.excludeSameIcb() ? request.organisationIcbId() : null, request.workPeriod(), needed, List.copyOf(extra), Wording.date(request.wantedStart()),
                Wording.month(request.wantedStart()), place);
    }
}
