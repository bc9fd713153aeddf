package uk.sexualsafety.cop.db.resource;

/** Who may read an item: everyone, or signed-in members of the community only. */
public enum Audience {
    PUBLIC,
    MEMBERS
}
