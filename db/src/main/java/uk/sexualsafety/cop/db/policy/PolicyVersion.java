package uk.sexualsafety.cop.db.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One uploaded version of a policy, numbered from 1 in the order of upload. Its file's bytes are stored apart
 * ({@link PolicyFilePart}); loading a version never loads its file. Lists read versions through projections so
 * that they do not load the text either.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id", nullable = false, updatable = false)
    private Policy policy;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String label;

    @Column(nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false)
    private LocalDate reviewDueOn;

    @Column(nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String mediaType;

    @Column(nullable = false, updatable = false)
    private long fileSize;

    @Column(nullable = false, updatable = false)
    private byte[] sha256;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private boolean textTruncated;

    @Column(nullable = false, updatable = false)
    private Long uploadedBy;

    @Column(nullable = false, updatable = false)
    private Instant uploadedAt;

    protected PolicyVersion() {
    }

    PolicyVersion(Policy policy, int number, VersionContent content, long uploadedBy, Instant uploadedAt) {
        this.policy = Objects.requireNonNull(policy);
        this.number = number;
        this.label = content.label();
        this.effectiveOn = content.effectiveOn();
        this.reviewDueOn = content.reviewDueOn();
        this.fileName = content.fileName();
        this.mediaType = content.mediaType();
        this.fileSize = content.fileSize();
        this.sha256 = content.sha256();
        this.text = content.text();
        this.textTruncated = content.textTruncated();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    void changeReviewDueOn(LocalDate newReviewDueOn) {
        if (newReviewDueOn.isBefore(effectiveOn)) {
            throw new IllegalArgumentException("A review cannot be due before the policy takes effect");
        }
        this.reviewDueOn = newReviewDueOn;
    }

    public Long getId() {
        return id;
    }

    public Policy getPolicy() {
        return policy;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getFileSize() {
        return fileSize;
    }

    public byte[] getSha256() {
        return sha256.clone();
    }

    public String getText() {
        return text;
    }

    public boolean isTextTruncated() {
        return textTruncated;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
