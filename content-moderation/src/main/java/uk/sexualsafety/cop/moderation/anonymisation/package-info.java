/**
 * Finds what in a contribution could identify a person and proposes a neutral replacement for each finding.
 *
 * <p>Plain Java on purpose (no Spring, JPA or Vaadin): it runs in the contributor's preview and in the moderation
 * workflow alike, and is tested without a container. {@link uk.sexualsafety.cop.moderation.anonymisation.Anonymiser}
 * is the entry point; each kind of identifier has its own {@link
 * uk.sexualsafety.cop.moderation.anonymisation.Detector}. Nothing here logs the text it analyses.
 */
package uk.sexualsafety.cop.moderation.anonymisation;
