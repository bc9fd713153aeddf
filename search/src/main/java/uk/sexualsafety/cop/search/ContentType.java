package uk.sexualsafety.cop.search;

/**
 * The kinds of document in the search index. Case studies, policies and stories join this list when their indexes
 * are mapped; each writes its name into the common {@code type} field.
 */
public enum ContentType {
    RESOURCE("Resource"),
    STORY("Story"),
    POLICY("Policy");

    private final String label;

    ContentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
