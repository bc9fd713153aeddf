package uk.sexualsafety.cop.search.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Ranking quality against graded judgements. Documents not judged, or judged 0, gain nothing.
 * <ul>
 * <li>recall@k: the share of the relevant documents (grade 1 or more) found in the first k;</li>
 * <li>nDCG@k: discounted cumulative gain of the first k, gain 2^grade - 1 discounted by log2(rank + 1), divided by
 * the gain of the ideal order of all judged documents.</li>
 * </ul>
 */
final class Relevance {

    private Relevance() {
    }

    static double recallAt(int k, List<String> ranked, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(grade -> grade > 0).count();
        if (relevant == 0) {
            throw new IllegalArgumentException("a judged query needs at least one relevant document");
        }
        long found = ranked.stream().limit(k).filter(key -> grades.getOrDefault(key, 0) > 0).count();
        return (double) found / relevant;
    }

    static double ndcgAt(int k, List<String> ranked, Map<String, Integer> grades) {
        double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).limit(k).toList());
        if (ideal == 0) {
            throw new IllegalArgumentException("a judged query needs at least one relevant document");
        }
        return dcg(ranked.stream().limit(k).map(key -> grades.getOrDefault(key, 0)).toList()) / ideal;
    }

    private static double dcg(List<Integer> gradesInOrder) {
        double sum = 0;
        for (int rank = 1; rank <= gradesInOrder.size(); rank++) {
            sum += (Math.pow(2, gradesInOrder.get(rank - 1)) - 1) / (Math.log(rank + 1) / Math.log(2));
        }
        return sum;
    }
}
