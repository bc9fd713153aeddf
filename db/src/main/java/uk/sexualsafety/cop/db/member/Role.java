package uk.sexualsafety.cop.db.member;

/**
 * The portal's roles. {@link Names} holds the same names as constants for access annotations, which need
 * compile-time strings; a test keeps the two in step.
 */
public enum Role {
    MEMBER("Member"),
    CONTRIBUTOR("Contributor"),
    MODERATOR("Moderator"),
    TRUST_REQUESTER("Trust requester"),
    INVESTIGATOR("Investigator"),
    POOL_COORDINATOR("Pool coordinator"),
    ASSESSMENT_LEAD("Assessment lead"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The authority Spring Security checks for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final class Names {
        public static final String MEMBER = "MEMBER";
        public static final String CONTRIBUTOR = "CONTRIBUTOR";
        public static final String MODERATOR = "MODERATOR";
        public static final String TRUST_REQUESTER = "TRUST_REQUESTER";
        public static final String INVESTIGATOR = "INVESTIGATOR";
        public static final String POOL_COORDINATOR = "POOL_COORDINATOR";
        public static final String ASSESSMENT_LEAD = "ASSESSMENT_LEAD";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";

        private Names() {
        }
    }
}
