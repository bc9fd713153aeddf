package uk.sexualsafety.cop.portal.casestudy;

/** How the list of published case studies is sorted. */
public enum CaseStudyOrder {
    NEWEST("Newest first"),
    OLDEST("Oldest first"),
    TITLE("Title, A to Z");

    private final String label;

    CaseStudyOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
