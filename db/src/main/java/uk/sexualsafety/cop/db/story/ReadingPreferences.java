package uk.sexualsafety.cop.db.story;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a member wants stories behind content warnings shown: by default every such story stays closed until they
 * choose to read it; a member may open stories straight away, except those carrying a warning they keep closed.
 */
@Entity
@Table(name = "reading_preferences")
public class ReadingPreferences {

    @Id
    private Long accountId;

    @Column(nullable = false)
    private boolean openStories;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reading_preferences_closed_warning", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "warning", nullable = false)
    private Set<ContentWarning> alwaysClosed = EnumSet.noneOf(ContentWarning.class);

    @Version
    private long version;

    protected ReadingPreferences() {
    }

    public ReadingPreferences(long accountId) {
        this.accountId = accountId;
    }

    public void change(boolean openStories, Set<ContentWarning> alwaysClosed) {
        this.openStories = openStories;
        this.alwaysClosed.clear();
        this.alwaysClosed.addAll(alwaysClosed);
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isOpenStories() {
        return openStories;
    }

    public Set<ContentWarning> getAlwaysClosed() {
        return alwaysClosed.isEmpty() ? Set.of() : Set.copyOf(alwaysClosed);
    }
}
