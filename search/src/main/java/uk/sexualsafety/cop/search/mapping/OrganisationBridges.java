package uk.sexualsafety.cop.search.mapping;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.Organisation;

/**
 * Index an organisation named to readers by what search shows and counts of it: its name, its kind and its region.
 * A region is a nation, or for England NHS England's region of the organisation's integrated care board, so that one
 * facet reads "Wales", "Scotland", "London", "North West" and so on; an English organisation outside any board counts
 * under England.
 */
final class OrganisationBridges {

    private OrganisationBridges() {
    }

    static final class Name implements ValueBridge<Organisation, String> {
        @Override
        public String toIndexedValue(Organisation value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.getName();
        }
    }

    static final class Type implements ValueBridge<Organisation, String> {
        @Override
        public String toIndexedValue(Organisation value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.getType().name();
        }
    }

    static final class Region implements ValueBridge<Organisation, String> {
        @Override
        public String toIndexedValue(Organisation value, ValueBridgeToIndexedValueContext context) {
            if (value == null) {
                return null;
            }
            if (value.getNation() != Nation.ENGLAND || value.getIcb() == null) {
                return value.getNation().name();
            }
            return value.getIcb().getRegion().name();
        }
    }
}
