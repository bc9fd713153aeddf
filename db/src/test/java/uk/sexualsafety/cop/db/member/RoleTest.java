package uk.sexualsafety.cop.db.member;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void theConstantsForAccessAnnotationsNameExactlyTheRoles() throws IllegalAccessException {
        var constants = new java.util.ArrayList<String>();
        for (Field field : Role.Names.class.getDeclaredFields()) {
            constants.add((String) field.get(null));
        }

        assertThat(constants).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Role.values()).map(Role::name).toList());
    }
}
