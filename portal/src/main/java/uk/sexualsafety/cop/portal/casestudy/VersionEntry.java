package uk.sexualsafety.cop.portal.casestudy;

import java.time.LocalDate;

/** One published version in a case study's history. */
public record VersionEntry(int number, LocalDate publishedOn) {
}
