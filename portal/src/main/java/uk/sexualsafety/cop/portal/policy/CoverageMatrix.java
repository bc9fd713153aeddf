package uk.sexualsafety.cop.portal.policy;

import java.util.List;
import java.util.Set;

/** Which Charter commitments each organisation's current policies address: organisations by name, ten columns. */
public record CoverageMatrix(List<CommitmentOption> commitments, List<Row> rows) {

    public CoverageMatrix {
        commitments = List.copyOf(commitments);
        rows = List.copyOf(rows);
    }

    public record Row(long organisationId, String organisationName, Set<Integer> covered) {

        public Row {
            covered = Set.copyOf(covered);
        }

        public boolean covers(int commitment) {
            return covered.contains(commitment);
        }
    }
}
