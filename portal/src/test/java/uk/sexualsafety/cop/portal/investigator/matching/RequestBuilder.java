package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request from an ambulance trust in West Yorkshire for a sexual harassment investigation of 5 working days
 * (1 to 7 March 2027) on site or remotely, matched on 1 February 2027 with the default rules.
 */
final class RequestBuilder {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final long TRUST = 100;
    static final String TRUST_NAME = "Yorkshire Ambulance Service NHS Trust";
    static final long WEST_YORKSHIRE = 7;
    static final String WEST_YORKSHIRE_NAME = "NHS West Yorkshire ICB";

    long organisationId = TRUST;
    Long icbId = WEST_YORKSHIRE;
    String icbName = WEST_YORKSHIRE_NAME;
    NhsRegion region = NhsRegion.NORTH_EAST_AND_YORKSHIRE;
    Nation nation = Nation.ENGLAND;
    RequestCategory category = RequestCategory.SEXUAL_HARASSMENT;
    boolean seniorLeader = false;
    Set<Specialism> needed = Set.of(Specialism.SEXUAL_MISCONDUCT);
    LocalDate start = START;
    int estimatedDays = 5;
    DeliveryMode delivery = DeliveryMode.EITHER;
    boolean excludeSameIcb = false;

    static RequestBuilder request() {
        return new RequestBuilder();
    }

    RequestBuilder needs(Specialism... specialisms) {
        this.needed = Set.of(specialisms);
        return this;
    }

    /** An organisation in Wales, Scotland or Northern Ireland, which sits in no ICB or NHS region. */
    RequestBuilder outsideEngland(Nation nation) {
        this.nation = nation;
        this.icbId = null;
        this.icbName = null;
        this.region = null;
        return this;
    }

    /** For a change no other method names. */
    RequestBuilder with(Consumer<RequestBuilder> change) {
        change.accept(this);
        return this;
    }

    RequestProfile build() {
        return new RequestProfile(1, organisationId, TRUST_NAME, icbId, icbName, region, nation, category,
                seniorLeader, needed, start, estimatedDays, delivery, excludeSameIcb);
    }

    MatchResult rank(Collection<InvestigatorCandidate> candidates, int conflictYears) {
        return InvestigatorMatcher.rank(build(), candidates, new MatchingRules(conflictYears, TODAY));
    }

    MatchResult rank(InvestigatorCandidate... candidates) {
        return InvestigatorMatcher.rank(build(), List.of(candidates), MatchingRules.defaults(TODAY));
    }

    /** The reasons the one candidate is excluded for, or none if they are eligible. */
    List<String> reasonsAgainst(InvestigatorCandidate candidate) {
        MatchResult result = rank(candidate);
        return result.excluded().isEmpty() ? List.of() : result.excluded().getFirst().reasons();
    }

    /** Checks that the one candidate is excluded for exactly that reason, or eligible when there is none. */
    void assertOnlyReason(InvestigatorCandidate candidate, String reasonOrNone) {
        assertThat(reasonsAgainst(candidate))
                .containsExactlyElementsOf(reasonOrNone == null ? List.of() : List.of(reasonOrNone));
    }
}
