package uk.sexualsafety.cop.search.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelevanceTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1, "d", 0);

    @Test
    void theIdealOrderScoresOne() {
        assertThat(Relevance.ndcgAt(10, List.of("a", "b", "c"), GRADES)).isEqualTo(1.0);
        assertThat(Relevance.recallAt(10, List.of("a", "b", "c"), GRADES)).isEqualTo(1.0);
    }

    @Test
    void aWorseOrderScoresLessAndUnjudgedOrIrrelevantHitsGainNothing() {
        double ideal = 7 + 3 / log2(3) + 1 / log2(4);
        double found = 0 + 1 / log2(3) + 3 / log2(4) + 7 / log2(5);

        assertThat(Relevance.ndcgAt(10, List.of("x", "c", "b", "a", "d"), GRADES)).isCloseTo(found / ideal,
                within(1e-12));
    }

    @Test
    void onlyTheFirstKCount() {
        assertThat(Relevance.recallAt(2, List.of("d", "a", "b", "c"), GRADES)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Relevance.ndcgAt(1, List.of("b", "a"), GRADES)).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(Relevance.recallAt(10, List.of(), GRADES)).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
