package uk.sexualsafety.cop.db.casestudy;

/** Where the revision of a published case study is; members meanwhile read the published version. */
public enum RevisionStatus {
    DRAFT("Revision in draft"),
    IN_REVIEW("Revision waiting for moderation"),
    CHANGES_REQUESTED("Changes requested to the revision");

    private final String label;

    RevisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
