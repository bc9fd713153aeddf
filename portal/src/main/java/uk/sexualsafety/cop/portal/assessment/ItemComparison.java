package uk.sexualsafety.cop.portal.assessment;

/** One item's levels in two periods; a level is null where it was not given or the item was not assessed. */
public record ItemComparison(String code, String title, Integer earlierLevel, Integer laterLevel) {

    /** How many levels the item moved, or null when either level is missing. */
    public Integer change() {
        return earlierLevel == null || laterLevel == null ? null : laterLevel - earlierLevel;
    }
}
