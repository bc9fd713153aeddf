package uk.sexualsafety.cop.db.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;

/** A version of the self-assessment framework: reference data from a migration, never changed by the portal. */
@Entity
@Immutable
@Table(name = "assessment_framework")
public class AssessmentFramework {

    @Id
    private Long id;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate publishedOn;

    protected AssessmentFramework() {
    }

    public long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }
}
