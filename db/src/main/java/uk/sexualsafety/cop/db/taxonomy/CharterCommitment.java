package uk.sexualsafety.cop.db.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One of the ten commitments of the Sexual Safety in Healthcare organisational charter: reference data from a
 * migration, never changed by the portal. Case studies and policies say which commitments they relate to.
 */
@Entity
@Immutable
@Table(name = "charter_commitment")
public class CharterCommitment {

    @Id
    private Integer number;

    @Column(nullable = false)
    private String shortTitle;

    @Column(nullable = false)
    private String text;

    protected CharterCommitment() {
    }

    public int getNumber() {
        return number;
    }

    /** The short title the portal shows, e.g. "Clear training". */
    public String getShortTitle() {
        return shortTitle;
    }

    /** The commitment as the charter words it. */
    public String getText() {
        return text;
    }
}
