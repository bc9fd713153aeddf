package uk.sexualsafety.cop.search.resource;

import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds resources for tests: {@code ResourceTestData.publicResource().titled("...").build()}. */
public final class ResourceTestData {

    private String title = "Sexual safety at work";
    private String summary = "A short guide for ambulance staff.";
    private String url = "https://example.org/resources/guide";
    private ResourceKind kind = ResourceKind.GUIDANCE;
    private Audience audience;
    private LocalDate publishedOn = LocalDate.of(2025, 3, 1);
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    private ResourceTestData(Audience audience) {
        this.audience = audience;
    }

    public static ResourceTestData publicResource() {
        return new ResourceTestData(Audience.PUBLIC);
    }

    public static ResourceTestData membersOnlyResource() {
        return new ResourceTestData(Audience.MEMBERS);
    }

    public ResourceTestData titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public ResourceTestData summarised(String newSummary) {
        this.summary = newSummary;
        return this;
    }

    public ResourceTestData ofKind(ResourceKind newKind) {
        this.kind = newKind;
        return this;
    }

    public ResourceTestData forAudience(Audience newAudience) {
        this.audience = newAudience;
        return this;
    }

    public ResourceTestData publishedOn(LocalDate date) {
        this.publishedOn = date;
        return this;
    }

    public ResourceTestData withThemes(Theme... newThemes) {
        this.themes = newThemes.length == 0 ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(List.of(newThemes));
        return this;
    }

    public Resource build() {
        return new Resource(title, summary, url, kind, audience, publishedOn, themes, Instant.now());
    }
}
