package uk.sexualsafety.cop.db.organisation;

/** NHS England's seven regions, each grouping integrated care boards. */
public enum NhsRegion {
    EAST_OF_ENGLAND("East of England"),
    LONDON("London"),
    MIDLANDS("Midlands"),
    NORTH_EAST_AND_YORKSHIRE("North East and Yorkshire"),
    NORTH_WEST("North West"),
    SOUTH_EAST("South East"),
    SOUTH_WEST("South West");

    private final String label;

    NhsRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
