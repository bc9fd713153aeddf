package uk.sexualsafety.cop.portal.investigator;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.portal.investigator.matching.CandidateBuilder;
import uk.sexualsafety.cop.portal.investigator.matching.RankedInvestigator;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NextOfferTest {

    private static final List<RankedInvestigator> RANKED = List.of(ranked(1, 30), ranked(2, 10), ranked(3, 20));

    @Test
    void theBestRankedWhoHasNotBeenAskedIsNext() {
        assertThat(NextOffer.bestNotAsked(RANKED, Set.of(30L))).get()
                .extracting(RankedInvestigator::investigatorId).isEqualTo(10L);
        assertThat(NextOffer.bestNotAsked(RANKED, Set.of())).get()
                .extracting(RankedInvestigator::investigatorId).isEqualTo(30L);
    }

    @Test
    void whenEveryoneEligibleHasBeenAskedNobodyIsNext() {
        assertThat(NextOffer.bestNotAsked(RANKED, Set.of(10L, 20L, 30L))).isEmpty();
        assertThat(NextOffer.bestNotAsked(List.of(), Set.of())).isEmpty();
    }

    private static RankedInvestigator ranked(int rank, long investigatorId) {
        return new RankedInvestigator(rank, CandidateBuilder.candidate().id(investigatorId).build(), List.of("reason"));
    }
}
