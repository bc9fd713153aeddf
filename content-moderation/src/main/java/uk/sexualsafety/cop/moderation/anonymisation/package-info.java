/**
 * Finds what in a contribution could identify a person and proposes a neutral replacement for each finding.
 *
 * <p>Plain Java on purpose (no Spring, JPA or Vaadin): it runs in the contributor's preview and in the moderation
 * workflow alike, and is tested without a container. {@link uk.sexualsafety.cop.moderation.anonymisation.Anonymiser}
 * is the entry point: {@code Anonymiser.standard()} has every detector and the built-in gazetteers, and an
 * installation adds its organisations directory and station names through {@code Anonymiser.builder()}. Each kind of
 * identifier has its own {@link uk.sexualsafety.cop.moderation.anonymisation.Detector}.
 *
 * <p>Numbers (phone, NHS, National Insurance, staff numbers, registrations, dates) are found by patterns tried only
 * where digits are; words (names, organisations, places) by reading the text's words once and looking each up in a
 * trie of known phrases, with cues such as titles, roles and prepositions deciding the words that are also ordinary
 * English. The gazetteers are text files beside these classes. Nothing here logs the text it analyses.
 */
package uk.sexualsafety.cop.moderation.anonymisation;
