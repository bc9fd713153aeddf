package uk.sexualsafety.cop.db.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A part of an uploaded file, at most {@link #PART_SIZE} bytes. Files are split so that no insert comes near a
 * server's packet limit and a download holds one part in memory at a time; parts are never changed.
 */
@Entity
@Table(name = "policy_file_part")
public class PolicyFilePart {

    /** 1 MiB. */
    public static final int PART_SIZE = 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, updatable = false)
    private int partNumber;

    // Bound as plain bytes; the column is LONGBLOB so that the part size could grow without a migration.
    @Column(nullable = false, updatable = false, columnDefinition = "longblob")
    private byte[] bytes;

    protected PolicyFilePart() {
    }

    private PolicyFilePart(long versionId, int partNumber, byte[] bytes) {
        this.versionId = versionId;
        this.partNumber = partNumber;
        this.bytes = bytes;
    }

    /** One part of a saved version's file, for files stored as they are read, a part at a time. */
    public static PolicyFilePart part(long versionId, int partNumber, byte[] bytes) {
        Objects.requireNonNull(bytes);
        if (bytes.length == 0 || bytes.length > PART_SIZE) {
            throw new IllegalArgumentException("A part has from 1 to " + PART_SIZE + " bytes");
        }
        return new PolicyFilePart(versionId, partNumber, bytes);
    }

    /** The file of a saved version as its parts, numbered from 0. */
    public static List<PolicyFilePart> split(long versionId, byte[] file) {
        Objects.requireNonNull(file);
        List<PolicyFilePart> parts = new ArrayList<>();
        for (int from = 0, number = 0; from < file.length; from += PART_SIZE, number++) {
            parts.add(new PolicyFilePart(versionId, number,
                    Arrays.copyOfRange(file, from, Math.min(file.length, from + PART_SIZE))));
        }
        return parts;
    }

    public long getVersionId() {
        return versionId;
    }

    public int getPartNumber() {
        return partNumber;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
