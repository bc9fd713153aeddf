package uk.sexualsafety.cop.portal.policy;

/**
 * A file that passed every check, as its uploader is told before saving.
 *
 * @param characters how many characters of text it holds (at most the limit)
 * @param truncated  whether its text goes beyond the limit, so that only the first part is kept
 */
public record ExaminedFile(String formatLabel, long size, int characters, boolean truncated) {
}
