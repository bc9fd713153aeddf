package uk.sexualsafety.cop.db.member;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.sexualsafety.cop.db.organisation.Organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A person who signs in: a member of the community, possibly with further roles. */
@Entity
@Table(name = "account")
public class Account {

    /** What an erased account is called wherever its contributions kept without a name show their author. */
    public static final String ERASED_NAME = "Former member";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Never changed, except by {@link #erase()}. */
    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String displayName;

    private String jobTitle;

    /** Absent for people who joined through NHSmail and have not chosen a password. */
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status = AccountStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, String jobTitle, String passwordHash,
                   Organisation organisation, Set<Role> roles, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = Objects.requireNonNull(displayName);
        this.jobTitle = jobTitle;
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Email addresses are compared without regard to case. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A new password's hash; every other sign-in of the account should end with the old password. */
    public void changePassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public void setStatus(AccountStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /**
     * Erasure at the person's request: nothing left identifies them. The id stays, so that the audit trail and the
     * contributions kept without their name still refer to one account; the placeholder address is unique by it.
     * Without an address NHSmail no longer matches the account, and without a password nothing signs it in.
     */
    public void erase() {
        this.email = erasedEmail(id);
        this.displayName = ERASED_NAME;
        this.jobTitle = null;
        this.passwordHash = null;
        this.organisation = null;
        this.roles.clear();
        this.status = AccountStatus.ERASED;
    }

    /** What stands for an erased account's address, wherever the address was copied: unique, and nobody's. */
    public static String erasedEmail(long accountId) {
        return "erased-" + accountId + "@erased.invalid";
    }

    public boolean isErased() {
        return status == AccountStatus.ERASED;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
