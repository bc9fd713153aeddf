package uk.sexualsafety.cop.portal.investigator.matching;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.Employment;
import uk.sexualsafety.cop.db.investigator.EmploymentAt;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.sexualsafety.cop.portal.investigator.matching.CandidateBuilder.candidate;
import static uk.sexualsafety.cop.portal.investigator.matching.RequestBuilder.request;

/** Values that make no sense are refused with words that can stand next to the field they came from. */
class RecordValidationTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

    static Stream<Arguments> refused() {
        return Stream.of(
                refused("a period ending before it starts", () -> new DatePeriod(MAY_1, APRIL_30),
                        "The end date must be on or after the start date"),
                refused("employment ending before it starts",
                        () -> new Employment(1, MAY_1, APRIL_30),
                        "The end date must be on or after the start date"),
                refused("employment without an organisation",
                        () -> new EmploymentAt(new Employment(1, MAY_1, null), " ", null),
                        "Choose the organisation"),
                refused("an accreditation expiring before it is valid",
                        () -> new Accreditation("Investigation skills", MAY_1, APRIL_30),
                        "The expiry date must be on or after the date it is valid from"),
                refused("an accreditation without a name", () -> new Accreditation("", MAY_1, null),
                        "Enter the name of the accreditation or training"),
                refused("negative cases at once", () -> new Capacity(-1, 10),
                        "The number of cases at once cannot be negative"),
                refused("negative days a month", () -> new Capacity(2, -1),
                        "The days a month must be between 0 and 31"),
                refused("more days a month than a month has", () -> new Capacity(2, 32),
                        "The days a month must be between 0 and 31"),
                refused("cover neither on site nor remote",
                        () -> new Coverage(Set.of(NhsRegion.LONDON), Set.of(), Set.of(), false, false),
                        "Choose on site, remote or both"),
                refused("negative open cases", () -> candidate().places(-1, 3).build(),
                        "The number of open cases cannot be negative"),
                refused("negative committed days", () -> candidate().days(-1, 10).build(),
                        "The days already committed cannot be negative"),
                refused("negative recent assignments",
                        () -> candidate().with(investigator -> investigator.recentAssignments = -1).build(),
                        "The number of recent assignments cannot be negative"),
                refused("an investigator without a name",
                        () -> candidate().with(investigator -> investigator.name = " ").build(),
                        "Enter the investigator's name"),
                refused("negative estimated days", () -> request().with(request -> request.estimatedDays = -1).build(),
                        "The estimated days cannot be negative"),
                refused("an ICB outside England",
                        () -> request().with(request -> request.nation = Nation.WALES).build(),
                        "Only organisations in England belong to an ICB and NHS region"),
                refused("an ICB without its region", () -> request().with(request -> request.region = null).build(),
                        "An ICB needs its name and NHS region"),
                refused("negative conflict years", () -> new MatchingRules(-1, MAY_1),
                        "The years of past employment that count cannot be negative"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithAMessageForPeople(Executable creation, String message) {
        assertThatIllegalArgumentException().isThrownBy(creation::execute).withMessage(message);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                accepted("a single day", () -> new DatePeriod(MAY_1, MAY_1)),
                accepted("employment that goes on",
                        () -> new EmploymentAt(new Employment(1, MAY_1, null), "Trust", 7L)),
                accepted("an accreditation valid for one day", () -> new Accreditation("Refresher", MAY_1, MAY_1)),
                accepted("no capacity at all", () -> new Capacity(0, 0)),
                accepted("a request of unknown length",
                        () -> request().with(request -> request.estimatedDays = 0).build()),
                accepted("a national body in England", () -> request().with(request -> {
                    request.icbId = null;
                    request.icbName = null;
                    request.region = null;
                }).build()),
                accepted("conflicts counted for no years", () -> new MatchingRules(0, MAY_1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptsTheEdgesOfWhatMakesSense(Executable creation) {
        assertThatCode(creation::execute).doesNotThrowAnyException();
    }

    private static Arguments refused(String what, Executable creation, String message) {
        return arguments(Named.of(what, creation), message);
    }

    private static Arguments accepted(String what, Executable creation) {
        return arguments(Named.of(what, creation));
    }
}
