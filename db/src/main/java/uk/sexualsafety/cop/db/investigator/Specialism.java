package uk.sexualsafety.cop.db.investigator;

/** What an independent investigator is experienced in; requests say which they need. */
public enum Specialism {
    SEXUAL_MISCONDUCT("Sexual misconduct"),
    SEXUAL_ASSAULT_ALLEGATIONS("Sexual assault allegations"),
    TRAUMA_INFORMED_INTERVIEWING("Trauma-informed interviewing"),
    COGNITIVE_INTERVIEWING("Cognitive interviewing"),
    NON_RECENT_CASES("Non-recent cases"),
    SEVERAL_PARTIES("Cases with several parties"),
    SENIOR_LEADERS("Senior-leader cases"),
    STUDENTS_AND_LEARNERS("Students and learners");

    private final String label;

    Specialism(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
