package uk.sexualsafety.cop.db.moderation;

/** Who acted on a moderation item; an anonymous contributor has no account id. */
public enum ActorKind {
    CONTRIBUTOR,
    MODERATOR,
    SYSTEM
}
