package uk.sexualsafety.cop.db.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.Optional;

/**
 * One thing an organisation assesses itself on, in one framework version, with a descriptor for each maturity level.
 * Database triggers refuse any change: a new framework version is new rows.
 */
@Entity
@Immutable
@Table(name = "assessment_framework_item")
public class FrameworkItem {

    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 4;

    @Id
    private Long id;

    @Column(nullable = false)
    private long frameworkId;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FrameworkSection section;

    @Column(nullable = false)
    private int position;

    private Integer commitmentNumber;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String questions;

    @Column(name = "level_1", nullable = false)
    private String level1;

    @Column(name = "level_2", nullable = false)
    private String level2;

    @Column(name = "level_3", nullable = false)
    private String level3;

    @Column(name = "level_4", nullable = false)
    private String level4;

    protected FrameworkItem() {
    }

    public long getId() {
        return id;
    }

    public long getFrameworkId() {
        return frameworkId;
    }

    public String getCode() {
        return code;
    }

    public FrameworkSection getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    /** The Charter commitment this item assesses, if it is one. */
    public Optional<Integer> getCommitmentNumber() {
        return Optional.ofNullable(commitmentNumber);
    }

    public String getTitle() {
        return title;
    }

    public String getQuestions() {
        return questions;
    }

    /** What the given maturity level (1 to 4) means for this item. */
    public String descriptor(int level) {
        return switch (level) {
            case 1 -> level1;
            case 2 -> level2;
            case 3 -> level3;
            case 4 -> level4;
            default -> throw new IllegalArgumentException("No maturity level " + level);
        };
    }
}
