package uk.sexualsafety.cop.portal.assessment;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which cohorts of the anonymised benchmark may be shown. A cohort of fewer than {@link #MINIMUM} signed-off
 * assessments is not shown, nor one that would be fewer without the viewer's own organisation (the viewer could take
 * their own answer away and read a small group). Complementary suppression: where cohorts together make up a whole
 * that is shown (the four nations make up all organisations), one hidden member could be worked out as the whole
 * minus the others, so the smallest other member is hidden too.
 */
public final class CohortSuppression {

    public static final int MINIMUM = 5;
    public static final String NOT_SHOWN = "Fewer than " + MINIMUM + " organisations: not shown";

    /** A cohort's key, how many signed-off assessments it holds, and whether the viewer's is one of them. */
    public record Cohort(String key, int assessments, boolean includesViewer) {

        public Cohort {
            Objects.requireNonNull(key);
            if (assessments < 0 || (includesViewer && assessments == 0)) {
                throw new IllegalArgumentException("Cohort " + key + " cannot hold " + assessments);
            }
        }

        boolean tooSmall() {
            return assessments < MINIMUM || (includesViewer && assessments - 1 < MINIMUM);
        }
    }

    private CohortSuppression() {
    }

    /**
     * The keys of the cohorts not to show.
     *
     * @param partitions groups of cohort keys that together make up a whole shown beside them
     */
    public static Set<String> hidden(List<Cohort> cohorts, List<List<String>> partitions) {
        Map<String, Cohort> byKey = cohorts.stream().collect(Collectors.toMap(Cohort::key, Function.identity()));
        Set<String> hidden = cohorts.stream().filter(Cohort::tooSmall).map(Cohort::key)
                .collect(Collectors.toCollection(HashSet::new));
        for (List<String> partition : partitions) {
            List<Cohort> members = partition.stream().map(byKey::get).filter(Objects::nonNull).toList();
            // An empty hidden cohort gives nothing away; one hidden cohort with answers could be derived.
            long derivable = members.stream().filter(m -> hidden.contains(m.key()) && m.assessments() > 0).count();
            if (derivable == 1) {
                Optional<Cohort> smallestShown = members.stream().filter(m -> !hidden.contains(m.key()))
                        .filter(m -> m.assessments() > 0).min(Comparator.comparingInt(Cohort::assessments));
                smallestShown.ifPresent(m -> hidden.add(m.key()));
            }
        }
        return hidden;
    }
}
