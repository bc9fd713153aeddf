package uk.sexualsafety.cop.portal.nhsmail;

import java.io.Serializable;
import java.time.Instant;

/**
 * An email address NHSmail has just vouched for, with the name it gave, kept in this browser's server session for
 * a few minutes so that its owner can say which organisation they work for before the request to join is sent.
 */
public record ProvenAddress(String email, String name, Instant provenAt) implements Serializable {

    @Override
    public String toString() {
        return "ProvenAddress[hidden]";
    }
}
