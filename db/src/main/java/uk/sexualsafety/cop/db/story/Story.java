package uk.sexualsafety.cop.db.story;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lived-experience story. An anonymous contributor is known only by the hashes of their receipt and recovery
 * codes; a linked one by their account. The moderation workflow moves its status; readers see it only published.
 */
@Entity
@Table(name = "story")
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StoryRelation relation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HarmStructure harmStructure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StoryReadership readership;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "story_content_warning", joinColumns = @JoinColumn(name = "story_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "warning", nullable = false)
    private Set<ContentWarning> contentWarnings = EnumSet.noneOf(ContentWarning.class);

    @Column(updatable = false)
    private Long contributorAccountId;

    private byte[] receiptCodeHash;

    private byte[] recoveryCodeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StoryStatus status;

    @Column(nullable = false)
    private boolean urgent;

    private String moderatorMessage;

    private String suggestedBody;

    @Column(nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private LocalDate publishedOn;

    private Instant withdrawnAt;

    @Version
    private long version;

    protected Story() {
    }

    private Story(Long contributorAccountId, byte[] receiptCodeHash, byte[] recoveryCodeHash, Instant now) {
        this.contributorAccountId = contributorAccountId;
        this.receiptCodeHash = receiptCodeHash;
        this.recoveryCodeHash = recoveryCodeHash;
        this.submittedAt = stamp(now);
        this.status = StoryStatus.IN_MODERATION;
    }

    /** A story linked to the contributor's account. */
    public static Story linked(long contributorAccountId, StoryContent content, boolean urgent, Instant now) {
        var story = new Story(contributorAccountId, null, null, now);
        story.write(content, urgent, now);
        return story;
    }

    /** An anonymous story: only the hashes of its two codes lead back to it. */
    public static Story anonymous(byte[] receiptCodeHash, byte[] recoveryCodeHash, StoryContent content,
                                  boolean urgent, Instant now) {
        var story = new Story(null, requireHash(receiptCodeHash), requireHash(recoveryCodeHash), now);
        story.write(content, urgent, now);
        return story;
    }

    /** The contributor's own edit: it goes back to the moderators, and any suggestion has been dealt with. */
    public void reviseByContributor(StoryContent content, boolean urgent, Instant now) {
        requireOpen();
        write(content, urgent, now);
        this.suggestedBody = null;
        this.status = StoryStatus.IN_MODERATION;
    }

    /** A moderator's edit during review, e.g. accepted anonymiser findings or added content warnings. */
    public void editByModerator(String title, String body, Set<ContentWarning> contentWarnings, Instant now) {
        requireOpen();
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        replaceWarnings(contentWarnings);
        this.updatedAt = stamp(now);
    }

    public void requestChanges(String message, String suggestedBody, Instant now) {
        requireOpen();
        this.moderatorMessage = Objects.requireNonNull(message);
        this.suggestedBody = suggestedBody;
        this.status = StoryStatus.CHANGES_REQUESTED;
        this.updatedAt = stamp(now);
    }

    public void publish(LocalDate today, Instant now) {
        requireOpen();
        this.status = StoryStatus.PUBLISHED;
        this.publishedOn = Objects.requireNonNull(today);
        this.updatedAt = stamp(now);
    }

    public void reject(String reasonForContributor, Instant now) {
        requireOpen();
        this.status = StoryStatus.REJECTED;
        this.moderatorMessage = reasonForContributor;
        this.updatedAt = stamp(now);
    }

    /** Consent withdrawn: the story is hidden at once; its text is purged after the retention period. */
    public void withdraw(Instant now) {
        if (status == StoryStatus.WITHDRAWN) {
            throw new IllegalStateException("story " + id + " is already withdrawn");
        }
        this.status = StoryStatus.WITHDRAWN;
        this.withdrawnAt = stamp(now);
        this.updatedAt = stamp(now);
    }

    /** A new receipt code from the recovery code: the old one stops working. */
    public void replaceReceiptCode(byte[] newReceiptCodeHash, Instant now) {
        if (contributorAccountId != null) {
            throw new IllegalStateException("story " + id + " is linked to an account and has no receipt code");
        }
        this.receiptCodeHash = requireHash(newReceiptCodeHash);
        this.updatedAt = stamp(now);
    }

    private void write(StoryContent content, boolean urgent, Instant now) {
        Objects.requireNonNull(content);
        this.title = content.title();
        this.body = content.body();
        this.relation = content.relation();
        this.harmStructure = content.harmStructure();
        this.readership = content.readership();
        replaceWarnings(content.contentWarnings());
        // Once a story has been marked urgent it stays so until a moderator has seen it.
        this.urgent = this.urgent || urgent;
        this.updatedAt = stamp(now);
    }

    /**
     * The time to store: an anonymous story's times are kept to the hour, so that they cannot be matched with the
     * exact times of a sign-in, a request log or another record of the person who sent it (decision 025).
     */
    private Instant stamp(Instant now) {
        Objects.requireNonNull(now);
        return contributorAccountId == null ? now.truncatedTo(ChronoUnit.HOURS) : now;
    }

    private void replaceWarnings(Set<ContentWarning> warnings) {
        contentWarnings.clear();
        contentWarnings.addAll(warnings);
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new IllegalStateException("story " + id + " is " + status + " and cannot change");
        }
    }

    private static byte[] requireHash(byte[] hash) {
        if (hash == null || hash.length != 32) {
            throw new IllegalArgumentException("a code hash must be 32 bytes of SHA-256");
        }
        return hash.clone();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public StoryRelation getRelation() {
        return relation;
    }

    public HarmStructure getHarmStructure() {
        return harmStructure;
    }

    public StoryReadership getReadership() {
        return readership;
    }

    public Set<ContentWarning> getContentWarnings() {
        return contentWarnings.isEmpty() ? Set.of() : Set.copyOf(contentWarnings);
    }

    public Optional<Long> getContributorAccountId() {
        return Optional.ofNullable(contributorAccountId);
    }

    public boolean isAnonymous() {
        return contributorAccountId == null;
    }

    /** Stories are for community members; use in training is a separate consent, not a wider audience. */
    public Audience getAudience() {
        return Audience.MEMBERS;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == StoryStatus.PUBLISHED;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Optional<String> getModeratorMessage() {
        return Optional.ofNullable(moderatorMessage);
    }

    public Optional<String> getSuggestedBody() {
        return Optional.ofNullable(suggestedBody);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<LocalDate> getPublishedOn() {
        return Optional.ofNullable(publishedOn);
    }

    public Optional<Instant> getWithdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public long getVersion() {
        return version;
    }
}
