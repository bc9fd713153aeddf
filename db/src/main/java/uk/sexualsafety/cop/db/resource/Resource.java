package uk.sexualsafety.cop.db.resource;

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
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A learning resource the community shares: training, guidance, a recording, a toolkit or research. */
@Entity
@Table(name = "resource")
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(nullable = false)
    private LocalDate publishedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Resource() {
    }

    public Resource(String title, String summary, String url, ResourceKind kind, Audience audience,
                    LocalDate publishedOn, Set<Theme> themes, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        update(title, summary, url, kind, audience, publishedOn, themes, now);
    }

    public final void update(String title, String summary, String url, ResourceKind kind, Audience audience,
                             LocalDate publishedOn, Set<Theme> themes, Instant now) {
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.url = Objects.requireNonNull(url);
        this.kind = Objects.requireNonNull(kind);
        this.audience = Objects.requireNonNull(audience);
        this.publishedOn = Objects.requireNonNull(publishedOn);
        this.themes.clear();
        this.themes.addAll(themes);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getUrl() {
        return url;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public Audience getAudience() {
        return audience;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public Set<Theme> getThemes() {
        return themes.isEmpty() ? Set.of() : Set.copyOf(themes);
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
