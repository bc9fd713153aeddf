package uk.sexualsafety.cop.search.mapping;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

import java.time.LocalDate;

/** Indexes a date as its year, so that the year facet is a plain count per value. */
final class YearBridge implements ValueBridge<LocalDate, Integer> {

    @Override
    public Integer toIndexedValue(LocalDate value, ValueBridgeToIndexedValueContext context) {
        return value == null ? null : value.getYear();
    }
}
