package uk.sexualsafety.cop.db.taxonomy;

/** The themes that case studies, stories and resources are tagged with, so that readers find related learning. */
public enum Theme {
    BYSTANDER("Bystander action"),
    POWER_IMBALANCE("Power imbalance"),
    STUDENTS_AND_LEARNERS("Students and learners"),
    THIRD_PARTY_HARASSMENT("Third-party harassment"),
    NON_RECENT("Non-recent"),
    COUNTER_CLAIMS("Counter-claims"),
    MULTIPLE_PARTIES("Multiple parties"),
    REPORTING_AND_SPEAKING_UP("Reporting and speaking up"),
    INVESTIGATION("Investigation"),
    SUPPORT_AND_WELLBEING("Support and wellbeing"),
    LEADERSHIP_AND_CULTURE("Leadership and culture"),
    POLICY_AND_LAW("Policy and the law");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
