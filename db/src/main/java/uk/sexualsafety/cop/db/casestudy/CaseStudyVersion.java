package uk.sexualsafety.cop.db.casestudy;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a case study's content. Without a number it is the author's working copy; once published it has
 * the next number and never changes again (the entity refuses, and so does the database).
 */
@Entity
@Table(name = "case_study_version")
public class CaseStudyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_study_id", nullable = false, updatable = false)
    private CaseStudy caseStudy;

    private Integer number;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Enumerated(EnumType.STRING)
    private OrganisationType organisationType;

    @Column(name = "organisation_id")
    private Long namedOrganisationId;

    /** The same column read as the organisation, for search to show its name and region; written by the id. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", insertable = false, updatable = false)
    private Organisation namedOrganisation;

    @Enumerated(EnumType.STRING)
    private HarmStructure harmStructure;

    @Enumerated(EnumType.STRING)
    private RaisedVia raisedVia;

    private String account;

    private String riskAssessment;

    private String reviewGroup;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_study_version_interim_measure", joinColumns = @JoinColumn(name = "version_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false)
    @BatchSize(size = 50)
    private Set<InterimMeasure> interimMeasures = EnumSet.noneOf(InterimMeasure.class);

    private String interimMeasuresDetail;

    @Enumerated(EnumType.STRING)
    private PoliceInvolvement policeInvolvement;

    private String policeDetail;

    private String supportPersonHarmed;

    private String supportPersonAccused;

    private String supportOthers;

    private String outcome;

    private String learningPoints;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_study_version_question", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    @BatchSize(size = 50)
    private List<String> reflectionQuestions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_study_version_theme", joinColumns = @JoinColumn(name = "version_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false)
    @BatchSize(size = 50)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_study_version_commitment", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "commitment_number", nullable = false)
    @BatchSize(size = 50)
    private Set<Integer> charterCommitments = new TreeSet<>();

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant publishedAt;

    protected CaseStudyVersion() {
    }

    CaseStudyVersion(CaseStudy caseStudy, CaseStudyContent content, Instant now) {
        this.caseStudy = Objects.requireNonNull(caseStudy);
        this.createdAt = Objects.requireNonNull(now);
        write(content, now);
    }

    /** Replaces the whole content of the working copy. */
    void write(CaseStudyContent content, Instant now) {
        requireWorkingCopy();
        Objects.requireNonNull(content);
        this.title = content.title();
        this.summary = content.summary();
        this.organisationType = content.setting().organisationType();
        this.namedOrganisationId = content.setting().namedOrganisationId();
        this.harmStructure = content.harmStructure();
        this.raisedVia = content.raisedVia();
        this.account = content.account();
        CaseStudyContent.Response response = content.response();
        this.riskAssessment = response.riskAssessment();
        this.reviewGroup = response.reviewGroup();
        replace(interimMeasures, response.interimMeasures());
        this.interimMeasuresDetail = response.interimMeasuresDetail();
        this.policeInvolvement = response.policeInvolvement();
        this.policeDetail = response.policeDetail();
        this.supportPersonHarmed = response.supportPersonHarmed();
        this.supportPersonAccused = response.supportPersonAccused();
        this.supportOthers = response.supportOthers();
        this.outcome = content.outcome();
        this.learningPoints = content.learningPoints();
        if (!reflectionQuestions.equals(content.reflectionQuestions())) {
            reflectionQuestions.clear();
            reflectionQuestions.addAll(content.reflectionQuestions());
        }
        replace(themes, content.themes());
        replace(charterCommitments, content.charterCommitments());
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Gives the working copy its number: from now on it is a published version and never changes. */
    void publish(int newNumber, Instant now) {
        requireWorkingCopy();
        if (newNumber < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        this.number = newNumber;
        this.publishedAt = Objects.requireNonNull(now);
    }

    /** Unchanged collections are left alone, so that saving a working copy rewrites only what changed. */
    private static <T> void replace(Set<T> current, Set<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    private void requireWorkingCopy() {
        if (number != null) {
            throw new IllegalStateException("version " + number + " of case study " + caseStudy.getId()
                    + " is published and cannot change");
        }
    }

    public CaseStudyContent content() {
        return new CaseStudyContent(title, summary,
                new CaseStudyContent.Setting(organisationType, namedOrganisationId), harmStructure, raisedVia,
                account, new CaseStudyContent.Response(riskAssessment, reviewGroup, interimMeasures,
                interimMeasuresDetail, policeInvolvement, policeDetail, supportPersonHarmed, supportPersonAccused,
                supportOthers), outcome, learningPoints, reflectionQuestions, themes, charterCommitments);
    }

    public Long getId() {
        return id;
    }

    public CaseStudy getCaseStudy() {
        return caseStudy;
    }

    /** The version's number, once published. */
    public Optional<Integer> getNumber() {
        return Optional.ofNullable(number);
    }

    public boolean isPublished() {
        return number != null;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public Optional<Long> getNamedOrganisationId() {
        return Optional.ofNullable(namedOrganisationId);
    }

    /** The organisation the author chose to name, as loaded; null when unnamed (or not yet read back after saving). */
    public Organisation getNamedOrganisation() {
        return namedOrganisation;
    }

    public HarmStructure getHarmStructure() {
        return harmStructure;
    }

    public RaisedVia getRaisedVia() {
        return raisedVia;
    }

    public String getAccount() {
        return account;
    }

    public String getRiskAssessment() {
        return riskAssessment;
    }

    public String getReviewGroup() {
        return reviewGroup;
    }

    public Set<InterimMeasure> getInterimMeasures() {
        return interimMeasures.isEmpty() ? Set.of() : Set.copyOf(interimMeasures);
    }

    public String getInterimMeasuresDetail() {
        return interimMeasuresDetail;
    }

    public PoliceInvolvement getPoliceInvolvement() {
        return policeInvolvement;
    }

    public String getPoliceDetail() {
        return policeDetail;
    }

    public String getSupportPersonHarmed() {
        return supportPersonHarmed;
    }

    public String getSupportPersonAccused() {
        return supportPersonAccused;
    }

    public String getSupportOthers() {
        return supportOthers;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getLearningPoints() {
        return learningPoints;
    }

    public List<String> getReflectionQuestions() {
        return List.copyOf(reflectionQuestions);
    }

    public Set<Theme> getThemes() {
        return themes.isEmpty() ? Set.of() : Set.copyOf(themes);
    }

    public Set<Integer> getCharterCommitments() {
        return Set.copyOf(charterCommitments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
