package uk.sexualsafety.cop.db.organisation;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** An NHS organisation in the directory: a trust, ambulance service, health board, ICB or national body. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Nation nation;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "icb_id")
    private Icb icb;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String shortName, OrganisationType type, Nation nation, Icb icb) {
        update(name, shortName, type, nation, icb);
    }

    /** Only organisations in England sit in an ICB; the database holds the same rule. */
    public final void update(String name, String shortName, OrganisationType type, Nation nation, Icb icb) {
        if (nation != Nation.ENGLAND && icb != null) {
            throw new IllegalArgumentException("Only organisations in England belong to an integrated care board");
        }
        this.name = Objects.requireNonNull(name);
        this.shortName = shortName;
        this.type = Objects.requireNonNull(type);
        this.nation = Objects.requireNonNull(nation);
        this.icb = icb;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public OrganisationType getType() {
        return type;
    }

    public Nation getNation() {
        return nation;
    }

    public Icb getIcb() {
        return icb;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
