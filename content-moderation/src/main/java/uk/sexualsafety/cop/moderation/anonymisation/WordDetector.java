package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.List;

/**
 * A detector that works on the words of a text. The {@link Anonymiser} reads the words once and hands them to every
 * such detector, rather than each reading them again.
 */
interface WordDetector extends Detector {

    List<Finding> detect(Tokens words);

    @Override
    default List<Finding> detect(String text) {
        return detect(Tokens.of(text));
    }
}
