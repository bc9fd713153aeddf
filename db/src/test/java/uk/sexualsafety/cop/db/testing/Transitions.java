package uk.sexualsafety.cop.db.testing;

import java.util.function.BiConsumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One row of a state-machine table: a change leads to the expected state, or is refused and changes nothing. */
public final class Transitions {

    /** The outcome of a change the entity refuses with an {@link IllegalStateException}. */
    public static final String REFUSED = "refused";

    private Transitions() {
    }

    /**
     * Applies {@code change} to {@code entity} and checks that its state (as {@code state} reads it) is
     * {@code outcome}, or, for {@link #REFUSED}, that the entity throws and keeps the state it had.
     */
    public static <T> void expect(T entity, String change, String outcome, BiConsumer<T, String> apply,
                                  Function<T, ?> state) {
        String before = String.valueOf(state.apply(entity));
        if (outcome.equals(REFUSED)) {
            assertThatThrownBy(() -> apply.accept(entity, change)).isInstanceOf(IllegalStateException.class);
            assertThat(String.valueOf(state.apply(entity))).as("state after a refused " + change).isEqualTo(before);
        } else {
            apply.accept(entity, change);
            assertThat(String.valueOf(state.apply(entity))).as("state after " + change).isEqualTo(outcome);
        }
    }
}
