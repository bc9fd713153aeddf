package uk.sexualsafety.cop.db.casestudy;

/**
 * Where a case study is in its life. Only a {@link #PUBLISHED} one is read by members, listed and found by search;
 * while published, a revision may be under way beside it (see {@link RevisionStatus}).
 */
public enum CaseStudyStatus {
    /** Written but never sent: only its author sees it. */
    DRAFT("Draft"),
    /** Sent and waiting for a moderator; not yet published. */
    IN_REVIEW("Waiting for moderation"),
    /** Sent back to the author with a message, before it was (re)published. */
    CHANGES_REQUESTED("Changes requested"),
    PUBLISHED("Published"),
    /** Never published: a moderator decided so, with a reason the author sees. */
    REJECTED("Not published"),
    /** Taken out of the library by its author or a moderator; its versions are kept. */
    ARCHIVED("Archived"),
    /** Its author withdrew it: hidden from everyone else for good. */
    WITHDRAWN("Withdrawn");

    private final String label;

    CaseStudyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Nothing more can be written into a rejected, archived or withdrawn case study. */
    public boolean isClosed() {
        return this == REJECTED || this == ARCHIVED || this == WITHDRAWN;
    }
}
