package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.Specialism;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an eligible investigator is ranked by, worked out once each so that sorting compares only numbers: first
 * specialisms that suit the request, then free capacity, then fewest recent assignments (to share work fairly), then
 * being able to go on site, and last the id so that equal investigators keep a stable order.
 *
 * @param suitableHeld suitable specialisms held beyond those needed, which every eligible investigator holds
 * @param onSiteArea   the covered area the requesting organisation lies in, or null if they would work remotely
 */
record RankingScore(InvestigatorCandidate candidate, List<Specialism> suitableHeld, String onSiteArea) {

    static final Comparator<RankingScore> BEST_FIRST = Comparator
            .comparingInt((RankingScore score) -> score.suitableHeld.size()).reversed()
            .thenComparing(Comparator.comparingInt((RankingScore score) -> score.candidate.freeCasePlaces())
                    .reversed())
            .thenComparing(Comparator.comparingInt((RankingScore score) -> score.candidate.freeDaysInWantedMonth())
                    .reversed())
            .thenComparingInt(score -> score.candidate.assignmentsInLast12Months())
            .thenComparing(score -> score.onSiteArea == null)
            .thenComparingLong(score -> score.candidate.investigatorId());

    static RankingScore of(InvestigatorCandidate candidate, PreparedRequest prepared) {
        List<Specialism> suitableHeld = new ArrayList<>(0);
        for (Specialism suitable : prepared.missingSuitable()) {
            if (candidate.specialisms().contains(suitable)) {
                suitableHeld.add(suitable);
            }
        }
        return new RankingScore(candidate, suitableHeld, candidate.coverage().onSiteArea(prepared.request()));
    }

    /** Why they rank where they do, in the order of the ranking. */
    List<String> reasons(PreparedRequest prepared) {
        Capacity capacity = candidate.capacity();
        return List.of(
                specialismReason(prepared.needed().size()),
                candidate.freeCasePlaces() + " of "
                        + Wording.count(capacity.casesAtOnce(), "case place free", "case places free"),
                candidate.freeDaysInWantedMonth() + " of "
                        + Wording.count(capacity.daysPerMonth(), "day free in ", "days free in ")
                        + prepared.monthLabel(),
                candidate.assignmentsInLast12Months() == 0 ? "No assignments in the last 12 months"
                        : Wording.count(candidate.assignmentsInLast12Months(), "assignment", "assignments")
                        + " in the last 12 months",
                onSiteArea == null ? "Works remotely"
                        : "Covers " + onSiteArea + " on site" + (candidate.coverage().remote()
                        ? " and works remotely" : ""));
    }

    private String specialismReason(int needed) {
        List<String> labels = suitableHeld.stream().map(Specialism::label).toList();
        String suits = suitableHeld.size() == 1 ? ", which suits this request" : ", which suit this request";
        if (needed == 0) {
            return labels.isEmpty() ? "No particular specialism needed"
                    : "Has " + Wording.and(labels) + suits;
        }
        String matches = "Matches " + needed + " of " + Wording.count(needed, "specialism needed",
                "specialisms needed");
        return labels.isEmpty() ? matches : matches + ", and also " + Wording.and(labels) + suits;
    }
}
