package uk.sexualsafety.cop.db.casestudy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A case study: who wrote it, where it is in its life, its published versions and the author's working copy. Members
 * read the newest published version; a revision is written and reviewed in the working copy meanwhile, and becomes
 * the next version when a moderator approves it. Every change goes through this entity, so its {@code @Version}
 * guards the whole case study against two people changing it at once.
 *
 * <p>A new case study is saved first, then given its first draft with {@link #writeDraft}, because its versions
 * refer to it by id.
 */
@Entity
@Table(name = "case_study")
public class CaseStudy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long authorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStudyStatus status;

    @Enumerated(EnumType.STRING)
    private RevisionStatus revisionStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_version_id")
    private CaseStudyVersion publishedVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "working_version_id")
    private CaseStudyVersion workingVersion;

    @OneToMany(mappedBy = "caseStudy", cascade = {CascadeType.PERSIST, CascadeType.REMOVE}, orphanRemoval = true)
    @OrderBy("id")
    private List<CaseStudyVersion> versions = new ArrayList<>();

    private String moderatorMessage;

    private LocalDate firstPublishedOn;

    private Instant lastPublishedAt;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant archivedAt;

    private Instant withdrawnAt;

    @Version
    private long version;

    protected CaseStudy() {
    }

    /** A new, empty draft by the author; save it, then {@link #writeDraft} its content. */
    public CaseStudy(long authorAccountId, Instant now) {
        this.authorAccountId = authorAccountId;
        this.status = CaseStudyStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    /**
     * Saves the author's working copy without sending it: a draft, a draft revision of a published case study (which
     * stays published meanwhile), or a version sent back with changes requested.
     *
     * @throws IllegalStateException while the working copy waits for moderation, or once the case study is closed
     */
    public void writeDraft(CaseStudyContent content, Instant now) {
        switch (status) {
            case DRAFT, CHANGES_REQUESTED -> writeWorkingCopy(content, now);
            case PUBLISHED -> {
                if (revisionStatus == RevisionStatus.IN_REVIEW) {
                    throw refused("its revision is waiting for moderation");
                }
                writeWorkingCopy(content, now);
                if (revisionStatus == null) {
                    revisionStatus = RevisionStatus.DRAFT;
                }
            }
            case IN_REVIEW -> throw refused("it is waiting for moderation");
            case REJECTED, ARCHIVED, WITHDRAWN -> throw refused("it is " + status.label().toLowerCase());
        }
        touch(now);
    }

    /**
     * Writes the content the author approved and marks it for moderation: the case study itself when it has never
     * been published (or was taken down), otherwise its revision, while the published version stays visible.
     */
    public void submit(CaseStudyContent content, Instant now) {
        switch (status) {
            case DRAFT, IN_REVIEW, CHANGES_REQUESTED -> {
                writeWorkingCopy(content, now);
                status = CaseStudyStatus.IN_REVIEW;
            }
            case PUBLISHED -> {
                writeWorkingCopy(content, now);
                revisionStatus = RevisionStatus.IN_REVIEW;
            }
            case REJECTED, ARCHIVED, WITHDRAWN -> throw refused("it is " + status.label().toLowerCase());
        }
        moderatorMessage = null;
        touch(now);
    }

    /** A moderator's change to the working copy under review, e.g. accepted anonymiser findings. */
    public void editByModerator(CaseStudyContent content, Instant now) {
        if (!isWorkingCopyInReview()) {
            throw refused("nothing of it is waiting for moderation");
        }
        workingVersion.write(content, now);
        touch(now);
    }

    /**
     * Sends the working copy back to the author. A published case study with no revision under review is taken
     * down: it leaves the library and comes back as a working copy of its newest version. Nothing happens to a
     * closed one.
     */
    public void requestChanges(String message, Instant now) {
        if (status == CaseStudyStatus.IN_REVIEW) {
            status = CaseStudyStatus.CHANGES_REQUESTED;
        } else if (status == CaseStudyStatus.PUBLISHED && revisionStatus == RevisionStatus.IN_REVIEW) {
            revisionStatus = RevisionStatus.CHANGES_REQUESTED;
        } else if (status == CaseStudyStatus.PUBLISHED) {
            if (workingVersion == null) {
                workingVersion = newVersion(publishedVersion.content(), now);
            }
            status = CaseStudyStatus.CHANGES_REQUESTED;
            revisionStatus = null;
        } else if (status.isClosed()) {
            return; // archived or withdrawn meanwhile: there is nothing left to send back
        } else {
            throw refused("nothing of it is waiting for moderation or published");
        }
        moderatorMessage = message;
        touch(now);
    }

    /** The working copy becomes the next published version, and members read it from now on. */
    public void publish(LocalDate today, Instant now) {
        if (!isWorkingCopyInReview()) {
            throw refused("nothing of it is waiting for moderation");
        }
        int next = publishedVersion == null ? 1 : publishedVersion.getNumber().orElseThrow() + 1;
        workingVersion.publish(next, now);
        publishedVersion = workingVersion;
        workingVersion = null;
        status = CaseStudyStatus.PUBLISHED;
        revisionStatus = null;
        moderatorMessage = null;
        if (firstPublishedOn == null) {
            firstPublishedOn = Objects.requireNonNull(today);
        }
        lastPublishedAt = now;
        touch(now);
    }

    /**
     * A moderator's refusal. A case study never published is not published at all; a revision of a published one is
     * dropped, and the published version stays. Nothing happens to an archived or withdrawn one.
     */
    public void reject(String message, Instant now) {
        switch (status) {
            case DRAFT, IN_REVIEW, CHANGES_REQUESTED -> status = CaseStudyStatus.REJECTED;
            case PUBLISHED -> dropWorkingCopy();
            case REJECTED, ARCHIVED, WITHDRAWN -> {
                return;
            }
        }
        moderatorMessage = message;
        touch(now);
    }

    /** The author drops their revision of a published case study; the published version stays as it is. */
    public void discardRevision(Instant now) {
        if (status != CaseStudyStatus.PUBLISHED || revisionStatus == null) {
            throw refused("it has no revision");
        }
        if (revisionStatus == RevisionStatus.IN_REVIEW) {
            throw refused("its revision is waiting for moderation");
        }
        dropWorkingCopy();
        touch(now);
    }

    /**
     * Takes a published case study out of the library; its versions are kept. A revision still being written is
     * dropped with it; one waiting for moderation must be decided first.
     */
    public void archive(Instant now) {
        if (status != CaseStudyStatus.PUBLISHED) {
            throw refused("only a published case study can be archived");
        }
        if (revisionStatus == RevisionStatus.IN_REVIEW) {
            throw refused("its revision is waiting for moderation");
        }
        dropWorkingCopy();
        status = CaseStudyStatus.ARCHIVED;
        archivedAt = Objects.requireNonNull(now);
        touch(now);
    }

    /** The author withdraws it for good: nobody else sees it again. A draft is deleted instead. */
    public void withdraw(Instant now) {
        if (status == CaseStudyStatus.DRAFT || status == CaseStudyStatus.WITHDRAWN) {
            throw refused("it is " + status.label().toLowerCase());
        }
        status = CaseStudyStatus.WITHDRAWN;
        revisionStatus = null;
        withdrawnAt = Objects.requireNonNull(now);
        touch(now);
    }

    /**
     * Lets go of the working copy of a draft that is about to be deleted, so that the draft's row no longer points
     * at the version deleted with it.
     */
    public void prepareDeletion() {
        if (status != CaseStudyStatus.DRAFT) {
            throw refused("only a draft that was never sent can be deleted");
        }
        workingVersion = null;
    }

    private void writeWorkingCopy(CaseStudyContent content, Instant now) {
        if (workingVersion == null) {
            workingVersion = newVersion(content, now);
        } else {
            workingVersion.write(content, now);
        }
    }

    private CaseStudyVersion newVersion(CaseStudyContent content, Instant now) {
        if (id == null) {
            throw new IllegalStateException("save the case study before writing its first version");
        }
        var created = new CaseStudyVersion(this, content, now);
        versions.add(created);
        return created;
    }

    private void dropWorkingCopy() {
        if (workingVersion != null) {
            versions.remove(workingVersion);
            workingVersion = null;
        }
        revisionStatus = null;
    }

    private boolean isWorkingCopyInReview() {
        return workingVersion != null && (status == CaseStudyStatus.IN_REVIEW
                || status == CaseStudyStatus.PUBLISHED && revisionStatus == RevisionStatus.IN_REVIEW);
    }

    private void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now);
    }

    private IllegalStateException refused(String why) {
        return new IllegalStateException("case study " + id + " cannot do this: " + why);
    }

    public Long getId() {
        return id;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public boolean isAuthor(long accountId) {
        return authorAccountId == accountId;
    }

    public CaseStudyStatus getStatus() {
        return status;
    }

    /** Whether members may read it (and search find it): only while published. */
    public boolean isPublished() {
        return status == CaseStudyStatus.PUBLISHED;
    }

    public Optional<RevisionStatus> getRevisionStatus() {
        return Optional.ofNullable(revisionStatus);
    }

    /** The newest published version: what members read while the case study is published. */
    public Optional<CaseStudyVersion> getPublishedVersion() {
        return Optional.ofNullable(publishedVersion);
    }

    /** The author's draft, revision or version under review, if there is one. */
    public Optional<CaseStudyVersion> getWorkingVersion() {
        return Optional.ofNullable(workingVersion);
    }

    /**
     * The version moderators may read: the working copy while it waits for them (or as it was refused), otherwise the
     * published version. Never a copy its author is still writing and has not sent.
     */
    public Optional<CaseStudyVersion> getVersionSentForReview() {
        if (workingVersion != null && (isWorkingCopyInReview() || status == CaseStudyStatus.REJECTED)) {
            return Optional.of(workingVersion);
        }
        return Optional.ofNullable(publishedVersion);
    }

    /** Every published version, oldest first. */
    public List<CaseStudyVersion> getPublishedVersions() {
        return versions.stream().filter(CaseStudyVersion::isPublished)
                .sorted(Comparator.comparing(v -> v.getNumber().orElseThrow())).toList();
    }

    /** The version members would read, or else the working copy: what the author and moderators see first. */
    public CaseStudyVersion getLatestVersion() {
        return workingVersion != null ? workingVersion : publishedVersion;
    }

    /** Case studies are for community members. */
    public Audience getAudience() {
        return Audience.MEMBERS;
    }

    // What search indexes: the published version's content, or nothing before the first publication. The
    // published version never changes, so only a new pointer (a new publication) changes these values.

    public String getPublishedTitle() {
        return publishedVersion == null ? null : publishedVersion.getTitle();
    }

    public String getPublishedSummary() {
        return publishedVersion == null ? null : publishedVersion.getSummary();
    }

    /** Every other text of the published version, one after another, for full-text search. */
    public String getPublishedText() {
        if (publishedVersion == null) {
            return null;
        }
        CaseStudyVersion v = publishedVersion;
        var texts = new ArrayList<String>(Stream.of(v.getAccount(), v.getRiskAssessment(), v.getReviewGroup(),
                v.getInterimMeasuresDetail(), v.getPoliceDetail(), v.getSupportPersonHarmed(),
                v.getSupportPersonAccused(), v.getSupportOthers(), v.getOutcome(), v.getLearningPoints())
                .filter(Objects::nonNull).toList());
        texts.addAll(v.getReflectionQuestions());
        return String.join("\n\n", texts);
    }

    public HarmStructure getPublishedHarmStructure() {
        return publishedVersion == null ? null : publishedVersion.getHarmStructure();
    }

    public OrganisationType getPublishedOrganisationType() {
        return publishedVersion == null ? null : publishedVersion.getOrganisationType();
    }

    /** The organisation of the published version, only when its author chose to name it. */
    public Organisation getPublishedNamedOrganisation() {
        return publishedVersion == null ? null : publishedVersion.getNamedOrganisation();
    }

    public Set<Theme> getPublishedThemes() {
        return publishedVersion == null ? Set.of() : publishedVersion.getThemes();
    }

    public Set<Integer> getPublishedCharterCommitments() {
        return publishedVersion == null ? Set.of() : publishedVersion.getCharterCommitments();
    }

    public Optional<String> getModeratorMessage() {
        return Optional.ofNullable(moderatorMessage);
    }

    public Optional<LocalDate> getFirstPublishedOn() {
        return Optional.ofNullable(firstPublishedOn);
    }

    public Optional<Instant> getLastPublishedAt() {
        return Optional.ofNullable(lastPublishedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<Instant> getArchivedAt() {
        return Optional.ofNullable(archivedAt);
    }

    public Optional<Instant> getWithdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public long getVersion() {
        return version;
    }
}
