package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.util.List;

/**
 * What the anonymiser found in a request's summary. Names stop the request from being filed; the other findings
 * (places, dates, organisations...) are warnings for the requester to consider.
 */
public record SummaryCheck(List<Finding> names, List<Finding> warnings) {

    public SummaryCheck {
        names = List.copyOf(names);
        warnings = List.copyOf(warnings);
    }
}
