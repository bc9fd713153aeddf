package uk.sexualsafety.cop.moderation.anonymisation;

/** What kind of identifier a finding is, with the neutral text proposed in its place. */
public enum FindingType {

    EMAIL_ADDRESS("email address"),
    PHONE_NUMBER("phone number"),
    NHS_NUMBER("NHS number"),
    NATIONAL_INSURANCE_NUMBER("National Insurance number"),
    POSTCODE("postcode"),
    PERSON_NAME("name"),
    ORGANISATION("organisation"),
    AMBULANCE_SERVICE("ambulance service"),
    PLACE("place"),
    DATE("date"),
    STAFF_NUMBER("staff number"),
    CALL_SIGN("call sign"),
    VEHICLE_REGISTRATION("vehicle registration");

    private final String label;

    FindingType(String label) {
        this.label = label;
    }

    /** How a person reads this type, e.g. "NHS number". */
    public String label() {
        return label;
    }

    /** The label in square brackets, e.g. "[NHS number]", so a reader sees that something was taken out. */
    public String defaultReplacement() {
        return "[" + label + "]";
    }
}
