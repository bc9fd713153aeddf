package uk.sexualsafety.cop.portal.casestudy.discussion;

/** A comment as its author saw it: an edit is refused once its version has moved on (a moderator decided). */
public record CommentRef(long id, long version) {

    public CommentRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No comment has id " + id + " at version " + version);
        }
    }
}
