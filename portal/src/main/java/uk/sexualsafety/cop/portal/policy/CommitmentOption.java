package uk.sexualsafety.cop.portal.policy;

/** A Charter commitment as a choice or a column: its number and short title. */
public record CommitmentOption(int number, String shortTitle) {

    /** "6. Clear policies and timely action". */
    public String label() {
        return number + ". " + shortTitle;
    }
}
