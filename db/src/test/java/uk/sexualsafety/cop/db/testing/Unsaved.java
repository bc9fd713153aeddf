package uk.sexualsafety.cop.db.testing;

import uk.sexualsafety.cop.db.organisation.Organisation;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Entities for the fast state-machine tests, which run without a database: an empty organisation to refer to, and
 * the id that saving would have given (some entities need one before they write their first child row).
 */
public final class Unsaved {

    private Unsaved() {
    }

    public static Organisation organisation() {
        try {
            Constructor<Organisation> constructor = Organisation.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code entity} as if saved with {@code id}. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
