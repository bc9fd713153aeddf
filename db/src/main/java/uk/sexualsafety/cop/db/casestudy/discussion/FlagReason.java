package uk.sexualsafety.cop.db.casestudy.discussion;

/** Why a member flags a comment for moderators to look at again. */
public enum FlagReason {
    IDENTIFIES_SOMEONE("It could identify someone"),
    ABUSIVE("It is abusive, harassing or discriminatory"),
    HARMFUL("It could harm or distress people who have experienced sexual harm"),
    MISLEADING("It is misleading or wrong about the law or policy"),
    OTHER("Something else");

    private final String label;

    FlagReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
