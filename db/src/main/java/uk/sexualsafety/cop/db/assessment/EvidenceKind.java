package uk.sexualsafety.cop.db.assessment;

/** What kind of content in the portal an evidence link points at. */
public enum EvidenceKind {
    POLICY("Policy"),
    CASE_STUDY("Case study"),
    RESOURCE("Resource");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
