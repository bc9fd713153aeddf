package uk.sexualsafety.cop.db.casestudy;

/** How the concern first reached the organisation. */
public enum RaisedVia {
    LINE_MANAGER("Through a line manager"),
    BYPASS_ROUTE("Through a route that bypasses line management"),
    FREEDOM_TO_SPEAK_UP("Through Freedom to Speak Up"),
    ANONYMOUS("Anonymously"),
    OTHER("Another way");

    private final String label;

    RaisedVia(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
