package uk.sexualsafety.cop.portal.resource;

import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.LocalDate;
import java.util.Set;

/** A resource as the library lists it. */
public record ResourceSummary(long id, String title, String summary, String url, ResourceKind kind,
                              Set<Theme> themes, LocalDate publishedOn) {
}
