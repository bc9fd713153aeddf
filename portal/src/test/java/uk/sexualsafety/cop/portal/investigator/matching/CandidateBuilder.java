package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.Employment;
import uk.sexualsafety.cop.db.investigator.EmploymentAt;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An investigator who may take {@link RequestBuilder}'s default request, with one thing changed at a time by each
 * test: active, with the specialism needed, accredited, covering the request's region on site and working
 * remotely, with free places and days, and no history with the requesting organisation.
 */
public final class CandidateBuilder {

    long id = 1;
    String name = "Alex Morgan";
    PoolStatus status = PoolStatus.ACTIVE;
    Set<Specialism> specialisms = EnumSet.of(Specialism.SEXUAL_MISCONDUCT);
    List<Accreditation> accreditations = new ArrayList<>(List.of(
            new Accreditation("Investigation skills", LocalDate.of(2024, 1, 1), null)));
    Set<NhsRegion> regions = EnumSet.of(NhsRegion.NORTH_EAST_AND_YORKSHIRE);
    Set<Long> icbIds = Set.of();
    Set<Nation> nations = Set.of();
    boolean onSite = true;
    boolean remote = true;
    int casesAtOnce = 3;
    int daysPerMonth = 10;
    int openCases = 0;
    int committedDays = 0;
    List<DatePeriod> unavailable = new ArrayList<>();
    List<EmploymentAt> employments = new ArrayList<>();
    Set<Long> conflicts = Set.of();
    int recentAssignments = 0;

    public static CandidateBuilder candidate() {
        return new CandidateBuilder();
    }

    public CandidateBuilder id(long id) {
        this.id = id;
        this.name = "Investigator " + id;
        return this;
    }

    CandidateBuilder specialisms(Specialism... specialisms) {
        this.specialisms = Set.of(specialisms);
        return this;
    }

    CandidateBuilder coverage(boolean onSite, boolean remote, NhsRegion... regions) {
        this.onSite = onSite;
        this.remote = remote;
        this.regions = Set.of(regions);
        return this;
    }

    CandidateBuilder places(int openCases, int casesAtOnce) {
        this.openCases = openCases;
        this.casesAtOnce = casesAtOnce;
        return this;
    }

    CandidateBuilder days(int committedDays, int daysPerMonth) {
        this.committedDays = committedDays;
        this.daysPerMonth = daysPerMonth;
        return this;
    }

    CandidateBuilder employedBy(long organisationId, String organisationName, Long icbId, LocalDate from,
                                LocalDate to) {
        employments.add(new EmploymentAt(new Employment(organisationId, from, to), organisationName, icbId));
        return this;
    }

    /** For a change no other method names. */
    CandidateBuilder with(Consumer<CandidateBuilder> change) {
        change.accept(this);
        return this;
    }

    public InvestigatorCandidate build() {
        return new InvestigatorCandidate(id, name, status, specialisms, accreditations,
                new Coverage(regions, icbIds, nations, onSite, remote), new Capacity(casesAtOnce, daysPerMonth),
                openCases, committedDays, unavailable, employments, conflicts, recentAssignments);
    }
}
