package uk.sexualsafety.cop.db.policy;

/** What a local policy is about. */
public enum PolicyType {
    SEXUAL_MISCONDUCT("Sexual misconduct"),
    SEXUAL_SAFETY("Sexual safety"),
    SPEAKING_UP("Speaking up"),
    BULLYING_AND_HARASSMENT("Bullying and harassment"),
    DISCIPLINARY("Disciplinary"),
    RELATIONSHIPS_AT_WORK("Relationships at work"),
    DOMESTIC_ABUSE("Domestic abuse"),
    OTHER("Other");

    private final String label;

    PolicyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
