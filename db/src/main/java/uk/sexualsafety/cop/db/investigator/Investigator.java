package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An independent investigator's profile in the shared pool, kept by the investigator; only the pool coordinators
 * change its status. A change to any of its collections counts as a change for the version, so that two edits of
 * the same profile cannot overwrite each other.
 */
@Entity
@Table(name = "investigator")
public class Investigator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String contactEmail;

    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PoolStatus status = PoolStatus.PENDING;

    @Column(nullable = false)
    private boolean onSite;

    @Column(nullable = false)
    private boolean remote;

    @Column(nullable = false)
    private int casesAtOnce;

    @Column(nullable = false)
    private int daysPerMonth;

    @ElementCollection
    @CollectionTable(name = "investigator_specialism", joinColumns = @JoinColumn(name = "investigator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialism", nullable = false)
    private Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);

    @ElementCollection
    @CollectionTable(name = "investigator_accreditation", joinColumns = @JoinColumn(name = "investigator_id"))
    @OrderColumn(name = "position")
    private List<Accreditation> accreditations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigator_region", joinColumns = @JoinColumn(name = "investigator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false)
    private Set<NhsRegion> regions = EnumSet.noneOf(NhsRegion.class);

    @ElementCollection
    @CollectionTable(name = "investigator_icb", joinColumns = @JoinColumn(name = "investigator_id"))
    @Column(name = "icb_id", nullable = false)
    private Set<Long> icbIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "investigator_nation", joinColumns = @JoinColumn(name = "investigator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "nation", nullable = false)
    private Set<Nation> nations = EnumSet.noneOf(Nation.class);

    @ElementCollection
    @CollectionTable(name = "investigator_unavailability", joinColumns = @JoinColumn(name = "investigator_id"))
    @OrderColumn(name = "position")
    private List<DatePeriod> unavailable = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigator_employment", joinColumns = @JoinColumn(name = "investigator_id"))
    @OrderColumn(name = "position")
    private List<Employment> employment = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigator_conflict", joinColumns = @JoinColumn(name = "investigator_id"))
    @OrderColumn(name = "position")
    private List<DeclaredConflict> conflicts = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Investigator() {
    }

    /** A new profile waits for a coordinator's vetting before the investigator is offered work. */
    public Investigator(long accountId, String displayName, String contactEmail, Instant now) {
        this.accountId = accountId;
        this.createdAt = Objects.requireNonNull(now);
        describe(displayName, contactEmail, null, now);
    }

    public void describe(String displayName, String contactEmail, String contactPhone, Instant now) {
        this.displayName = Objects.requireNonNull(displayName);
        this.contactEmail = Objects.requireNonNull(contactEmail);
        this.contactPhone = contactPhone;
        this.updatedAt = Objects.requireNonNull(now);
    }

    public void setSpecialisms(Collection<Specialism> specialisms) {
        replace(this.specialisms, specialisms);
    }

    public void setAccreditations(List<Accreditation> accreditations) {
        replace(this.accreditations, accreditations);
    }

    public void setCoverage(Collection<NhsRegion> regions, Collection<Long> icbIds, Collection<Nation> nations,
                            boolean onSite, boolean remote) {
        if (nations.contains(Nation.ENGLAND)) {
            throw new IllegalArgumentException("England is covered by region or ICB");
        }
        replace(this.regions, regions);
        replace(this.icbIds, icbIds);
        replace(this.nations, nations);
        this.onSite = onSite;
        this.remote = remote;
    }

    public void setCapacity(int casesAtOnce, int daysPerMonth) {
        if (casesAtOnce < 0 || daysPerMonth < 0) {
            throw new IllegalArgumentException("Capacity cannot be below zero");
        }
        this.casesAtOnce = casesAtOnce;
        this.daysPerMonth = daysPerMonth;
    }

    public void setUnavailable(List<DatePeriod> unavailable) {
        replace(this.unavailable, unavailable);
    }

    public void setEmployment(List<Employment> employment) {
        replace(this.employment, employment);
    }

    public void setConflicts(List<DeclaredConflict> conflicts) {
        replace(this.conflicts, conflicts);
    }

    /** Moves the investigator to {@code newStatus}; the caller records why in the status history. */
    public void changeStatus(PoolStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        this.updatedAt = Objects.requireNonNull(now);
    }

    // Refill the collection Hibernate loaded rather than swap it, and only when it changes: an unchanged profile
    // saved again keeps its version, so it does not look changed to someone else editing it.
    private static <T> void replace(Collection<T> current, Collection<T> replacement) {
        boolean same = current instanceof Set<?> ? current.equals(Set.copyOf(replacement))
                : current.equals(List.copyOf(replacement));
        if (!same) {
            current.clear();
            current.addAll(replacement);
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public PoolStatus getStatus() {
        return status;
    }

    public boolean isOnSite() {
        return onSite;
    }

    public boolean isRemote() {
        return remote;
    }

    public int getCasesAtOnce() {
        return casesAtOnce;
    }

    public int getDaysPerMonth() {
        return daysPerMonth;
    }

    public Set<Specialism> getSpecialisms() {
        return Set.copyOf(specialisms);
    }

    public List<Accreditation> getAccreditations() {
        return List.copyOf(accreditations);
    }

    public Set<NhsRegion> getRegions() {
        return Set.copyOf(regions);
    }

    public Set<Long> getIcbIds() {
        return Set.copyOf(icbIds);
    }

    public Set<Nation> getNations() {
        return Set.copyOf(nations);
    }

    public List<DatePeriod> getUnavailable() {
        return List.copyOf(unavailable);
    }

    public List<Employment> getEmployment() {
        return List.copyOf(employment);
    }

    public List<DeclaredConflict> getConflicts() {
        return List.copyOf(conflicts);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
