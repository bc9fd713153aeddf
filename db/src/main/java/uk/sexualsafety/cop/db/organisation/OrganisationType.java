package uk.sexualsafety.cop.db.organisation;

public enum OrganisationType {
    AMBULANCE_SERVICE("Ambulance service"),
    ACUTE_TRUST("Acute trust"),
    MENTAL_HEALTH_TRUST("Mental health trust"),
    COMMUNITY_TRUST("Community trust"),
    INTEGRATED_CARE_BOARD("Integrated care board"),
    HEALTH_BOARD("Health board"),
    HEALTH_AND_SOCIAL_CARE_TRUST("Health and social care trust"),
    NATIONAL_BODY("National body"),
    OTHER("Other NHS organisation");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
