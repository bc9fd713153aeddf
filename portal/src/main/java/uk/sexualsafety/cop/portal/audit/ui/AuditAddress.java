package uk.sexualsafety.cop.portal.audit.ui;

import com.vaadin.flow.router.QueryParameters;
import uk.sexualsafety.cop.portal.audit.AuditFilter;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit page's filter as its address says it ({@code ?action=SIGNED_IN&from=2026-12-01}), so that reopening
 * or sharing the address shows the same rows. Reading an address never fails: a value that cannot be read is left
 * out, and the page shows the rest.
 */
final class AuditAddress {

    private AuditAddress() {
    }

    static AuditFilter parse(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        LocalDate from = date(first(parameters, AuditFilter.FROM));
        LocalDate to = date(first(parameters, AuditFilter.TO));
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
        }
        try {
            return new AuditFilter(cut(first(parameters, AuditFilter.ACTION), AuditFilter.ACTION_MAX_LENGTH),
                    cut(first(parameters, AuditFilter.ACTOR), AuditFilter.ACTOR_MAX_LENGTH),
                    cut(first(parameters, AuditFilter.TARGET_TYPE), AuditFilter.TARGET_TYPE_MAX_LENGTH),
                    cut(first(parameters, AuditFilter.TARGET_ID), AuditFilter.TARGET_ID_MAX_LENGTH), from, to);
        } catch (InvalidInputException unreadable) {
            return AuditFilter.NONE;
        }
    }

    static QueryParameters of(AuditFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, AuditFilter.ACTION, filter.action());
        put(parameters, AuditFilter.ACTOR, filter.actor());
        put(parameters, AuditFilter.TARGET_TYPE, filter.targetType());
        put(parameters, AuditFilter.TARGET_ID, filter.targetId());
        put(parameters, AuditFilter.FROM, filter.from() == null ? null : filter.from().toString());
        put(parameters, AuditFilter.TO, filter.to() == null ? null : filter.to().toString());
        return QueryParameters.simple(parameters);
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String cut(String value, int maxLength) {
        return value == null || value.strip().length() <= maxLength ? value : value.strip().substring(0, maxLength);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
