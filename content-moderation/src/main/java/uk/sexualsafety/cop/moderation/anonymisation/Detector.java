package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.List;

/**
 * Finds one kind of identifier in a text.
 *
 * <p>Implementations are stateless and thread-safe, return findings in any order (offsets into the given text,
 * never null), may return findings that overlap those of other detectors (the {@link Anonymiser} merges them), and
 * never log the text.
 */
@FunctionalInterface
public interface Detector {

    List<Finding> detect(String text);
}
