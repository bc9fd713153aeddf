package uk.sexualsafety.cop.portal.casestudy;

/** One field of two versions compared: the text of each (empty where a version left it out) and whether it changed. */
public record FieldComparison(String key, String label, String fromText, String toText, boolean changed) {
}
