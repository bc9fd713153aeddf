package uk.sexualsafety.cop.portal.security;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyAuthoring;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyLibrary;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyRef;
import uk.sexualsafety.cop.portal.investigator.Assignments;
import uk.sexualsafety.cop.portal.investigator.InvestigationRequests;
import uk.sexualsafety.cop.portal.investigator.PoolFixtures;
import uk.sexualsafety.cop.portal.investigator.RequestRef;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;
import uk.sexualsafety.cop.portal.policy.PolicyLibrary;
import uk.sexualsafety.cop.portal.policy.PolicyOrganisations;
import uk.sexualsafety.cop.portal.policy.PolicyRef;
import uk.sexualsafety.cop.portal.policy.PolicySharing;
import uk.sexualsafety.cop.portal.policy.PolicyTestData;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.ContributorAccess;
import uk.sexualsafety.cop.portal.story.StoryReading;
import uk.sexualsafety.cop.portal.story.StorySubmissions;
import uk.sexualsafety.cop.portal.story.SubmissionReceipt;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.caseStudy;
import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;

/**
 * Who may open what, as one table: every route of the portal for each demo role and for a visitor, and for each
 * kind of object that must stay private, what a crafted id in its address gives each role that may open the page.
 * <p>
 * How it is driven, and why: a visitor's row is an HTTP request to the running portal (Spring Security's filter
 * answers a protected route with a redirect to the sign-in page); a signed-in role's row asks the navigation access
 * control that Vaadin's router consults before it enters any view, the Spring bean itself with the real route
 * registry, for a principal built as each request builds it. That is what a browser would meet, without a browser
 * per role (seconds each, for some 300 cells). Objects are opened through the services that the routes' views call
 * with the id from the address (the views are thin and show "not found" for the exceptions checked here), and each
 * answer is compared with the answer for an id that never existed: it must be the same.
 * <p>
 * A route without a row fails {@link #everyRouteHasARow()}: add one line to {@link #ROUTES}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    /** The people the matrix asks about: a visitor, and an account with each demo account's roles. */
    enum Who {
        VISITOR,
        MEMBER(Role.MEMBER),
        CONTRIBUTOR(Role.CONTRIBUTOR),
        MODERATOR(Role.MODERATOR, Role.MEMBER),
        REQUESTER(Role.TRUST_REQUESTER, Role.MEMBER),
        INVESTIGATOR(Role.INVESTIGATOR),
        COORDINATOR(Role.POOL_COORDINATOR, Role.MEMBER),
        ADMINISTRATOR(Role.ADMINISTRATOR),
        ASSESSMENT_LEAD(Role.ASSESSMENT_LEAD, Role.MEMBER);

        final Set<Role> roles;

        Who(Role... roles) {
            this.roles = roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
        }
    }

    /** A: the page opens. S: the visitor is sent to sign in. R: refused (the router shows "not found"). */
    enum Outcome { A, S, R }

    /** One route, and its outcome for each of {@link Who}'s values in order. */
    record Row(String route, List<Outcome> outcomes) {
        Outcome outcomeFor(Who who) {
            return outcomes.get(who.ordinal());
        }

        @Override
        public String toString() {
            return "/" + route;
        }
    }

    // @formatter:off
    //                                                                   visitor
    //                                                                   | member
    //                                                                   | | contributor
    //                                                                   | | | moderator
    //                                                                   | | | | requester
    //                                                                   | | | | | investigator
    //                                                                   | | | | | | coordinator
    //                                                                   | | | | | | | administrator
    //                                                                   | | | | | | | | assessment lead
    static final List<Row> ROUTES = List.of(
            row("",                                                     "A A A A A A A A A"),
            row("login",                                                "A A A A A A A A A"),
            row("join",                                                 "A A A A A A A A A"),
            row("join/confirm/:token",                                  "A A A A A A A A A"),
            row("password/forgot",                                      "A A A A A A A A A"),
            row("password/reset/:token",                                "A A A A A A A A A"),
            row("join/nhsmail",                                         "A A A A A A A A A"),
            row("second-factor",                                        "A A A A A A A A A"),
            row("second-factor/enrol",                                  "A A A A A A A A A"),
            row("stories/share",                                        "A A A A A A A A A"),
            row("stories/your-story",                                   "A A A A A A A A A"),
            row("search",                                               "S A A A A A A A A"),
            row("account",                                              "S A A A A A A A A"),
            row("sessions",                                             "S A A A A A A A A"),
            row("resources",                                            "S A R A A R A R A"),
            row("policies",                                             "S A R A A R A R A"),
            row("policies/new",                                         "S A R A A R A R A"),
            row("policies/coverage",                                    "S A R A A R A R A"),
            row("policies/:policyId([0-9]+)",                           "S A R A A R A R A"),
            row("policies/:policyId([0-9]+)/edit",                      "S A R A A R A R A"),
            row("policies/:policyId([0-9]+)/new-version",               "S A R A A R A R A"),
            row("case-studies",                                         "S A R A A R A R A"),
            row("case-studies/yours",                                   "S A R A A R A R A"),
            row("case-studies/new",                                     "S A R A A R A R A"),
            row("case-studies/:caseStudyId([0-9]+)",                    "S A R A A R A R A"),
            row("case-studies/:caseStudyId([0-9]+)/edit",               "S A R A A R A R A"),
            row("case-studies/:caseStudyId([0-9]+)/compare",            "S A R A A R A R A"),
            row("stories",                                              "S A R A A R A R A"),
            row("stories/:storyId",                                     "S A R A A R A R A"),
            row("stories/reading-settings",                             "S A R A A R A R A"),
            row("moderation",                                           "S R R A R R R R R"),
            row("moderation/:itemId",                                   "S R R A R R R R R"),
            row("moderation/trusted-commenters",                        "S R R A R R R R R"),
            row("pool/requests",                                        "S R R R A R R R R"),
            row("pool/requests/new",                                    "S R R R A R R R R"),
            row("investigator/profile",                                 "S R R R R A R R R"),
            row("investigator/cases",                                   "S R R R R A R R R"),
            row("pool/investigators",                                   "S R R R R R A R R"),
            row("pool/requests/open",                                   "S R R R R R A R R"),
            row("pool/requests/:requestId/allocate",                    "S R R R R R A R R"),
            row("pool/reports",                                         "S R R R R R A R R"),
            row("admin/organisations",                                  "S R R R R R R A R"),
            row("admin/membership-requests",                            "S R R R R R R A R"),
            row("admin/members",                                        "S R R R R R R A R"),
            row("admin/search-index",                                   "S R R R R R R A R"),
            row("admin/audit",                                          "S R R R R R R A R"),
            row("assessments",                                          "S R R R R R R R A"),
            row("assessments/:assessmentId([0-9]+)",                    "S R R R R R R R A"),
            row("assessments/:assessmentId([0-9]+)/compare/:otherId([0-9]+)", "S R R R R R R R A"));
    // @formatter:on

    /** A moderation item of withdrawn content shows its status and never its text (decision 025). */
    static final boolean WITHDRAWN_CONTENT_SHOWS_NO_TEXT = true;

    private static Row row(String route, String outcomes) {
        List<Outcome> parsed = Arrays.stream(outcomes.trim().split("\\s+")).map(Outcome::valueOf).toList();
        if (parsed.size() != Who.values().length) {
            throw new IllegalArgumentException("/" + route + " needs an outcome for each of " + List.of(Who.values()));
        }
        return new Row(route, parsed);
    }

    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    NavigationAccessControl navigationAccess;
    @Autowired
    ServletContext servletContext;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseStudyAuthoring authoring;
    @Autowired
    CaseStudyLibrary caseStudies;
    @Autowired
    StorySubmissions submissions;
    @Autowired
    StoryReading stories;
    @Autowired
    ItemModeration itemModeration;
    @Autowired
    InvestigationRequests requests;
    @Autowired
    Assignments assignments;
    @Autowired
    PolicySharing policySharing;
    @Autowired
    PolicyLibrary policies;

    @Value("${local.server.port}")
    int port;

    private final Map<Who, Long> people = new EnumMap<>(Who.class);
    private Router router;

    @BeforeAll
    void people() {
        for (Who who : Who.values()) {
            if (who != Who.VISITOR) {
                Role first = who.roles.iterator().next();
                Role[] more = who.roles.stream().skip(1).toArray(Role[]::new);
                people.put(who, accounts.create(first, more).accountId());
            }
        }
        router = new Router(ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
    }

    @Test
    void everyRouteHasARow() {
        assertThat(new TreeSet<>(routesInThePortal().keySet()))
                .as("the portal's routes (each needs one row in ROUTES)")
                .isEqualTo(ROUTES.stream().map(Row::route).collect(Collectors.toCollection(TreeSet::new)));
    }

    static Stream<Arguments> cells() {
        return ROUTES.stream().flatMap(row -> Arrays.stream(Who.values()).map(who -> Arguments.of(row, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachRouteOpensOnlyForWhoMayOpenIt(Row row, Who who) throws Exception {
        Class<?> view = routesInThePortal().get(row.route());
        Outcome expected = row.outcomeFor(who);
        if (who == Who.VISITOR) {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/" + concrete(row.route()))).build(),
                    HttpResponse.BodyHandlers.discarding());
            Outcome got = response.statusCode() == 200 ? Outcome.A
                    : response.statusCode() == 302 && response.headers().firstValue("Location").orElse("")
                    .endsWith("/login") ? Outcome.S : Outcome.R;
            assertThat(got).as("a visitor's request for /" + concrete(row.route())).isEqualTo(expected);
            assertThat(decision(view, row.route(), null)).as("the router, for a visitor")
                    .isEqualTo(expected == Outcome.A ? AccessCheckDecision.ALLOW : AccessCheckDecision.DENY);
            return;
        }
        var user = users.activeUser(people.get(who)).orElseThrow();
        var principal = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        assertThat(decision(view, row.route(), principal)).as("the router, for " + who)
                .isEqualTo(expected == Outcome.A ? AccessCheckDecision.ALLOW : AccessCheckDecision.DENY);
    }

    private AccessCheckDecision decision(Class<?> view, String route, UsernamePasswordAuthenticationToken principal) {
        Predicate<String> hasRole = role -> principal != null && principal.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
        NavigationContext navigation = new NavigationContext(router, view, new Location(concrete(route)),
                RouteParameters.empty(), (Principal) principal, hasRole, false);
        return navigationAccess.checkAccess(navigation, true).decision();
    }

    /** The address of a route with a number for each parameter. */
    private static String concrete(String route) {
        return route.replaceAll(":[A-Za-z]+(\\([^)]*\\))?", "1");
    }

    /** Every route and alias of the portal's own views, found on the class path (the test's own views left out). */
    private static Map<String, Class<?>> routesInThePortal() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        return scanner.findCandidateComponents("uk.sexualsafety.cop.portal").stream()
                .map(candidate -> load(candidate.getBeanClassName()))
                .filter(view -> !isTestCode(view))
                .flatMap(view -> Stream.concat(Stream.ofNullable(view.getAnnotation(Route.class)).map(Route::value),
                                Arrays.stream(view.getAnnotationsByType(RouteAlias.class)).map(RouteAlias::value))
                        .map(route -> Map.entry(route, view)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean isTestCode(Class<?> view) {
        return view.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Objects: a crafted id in an address gets "not found", the same answer as an id that never existed.

    /** An object of one kind, made by someone none of the matrix's people is, and how its route's view opens it. */
    record ObjectRow(String kind, String route, Opener open) {
        @Override
        public String toString() {
            return kind + " at /" + route;
        }
    }

    @FunctionalInterface
    interface Opener {
        void open(AccessMatrixIT test, Fixtures objects, long id);
    }

    /** The objects, made once. */
    record Fixtures(long draftCaseStudy, long revisedCaseStudy, String revisionTitle, long withdrawnStory,
                    PoolFixtures.OffersAndCases pool, long otherOrganisationsPolicy, long policyVersion) {
    }

    private static final long NEVER_EXISTED = Long.MAX_VALUE - 7;

    static final List<ObjectRow> OBJECTS = List.of(
            new ObjectRow("a draft case study", "case-studies/:caseStudyId([0-9]+)",
                    (test, objects, id) -> test.caseStudies.read(id)),
            new ObjectRow("a draft case study", "case-studies/:caseStudyId([0-9]+)/edit",
                    (test, objects, id) -> test.authoring.open(id)),
            new ObjectRow("a draft case study", "case-studies/:caseStudyId([0-9]+)/compare",
                    (test, objects, id) -> test.caseStudies.compare(id, 1, 2)),
            new ObjectRow("an unsent revision", "case-studies/:caseStudyId([0-9]+)/edit",
                    (test, objects, id) -> test.authoring.open(id)),
            new ObjectRow("a withdrawn story", "stories/:storyId",
                    (test, objects, id) -> test.stories.read(id)),
            new ObjectRow("another organisation's investigator request", "pool/requests",
                    (test, objects, id) -> test.requests.cancel(new RequestRef(id, 0))),
            new ObjectRow("another investigator's offer", "investigator/cases",
                    (test, objects, id) -> test.assignments.accept(id)),
            new ObjectRow("another investigator's case", "investigator/cases",
                    (test, objects, id) -> test.assignments.caseDetails(id)),
            new ObjectRow("another organisation's policy, for changing", "policies/:policyId([0-9]+)/edit",
                    (test, objects, id) -> test.policySharing.changeDetails(new PolicyRef(id, objects.policyVersion()),
                            PolicyTestData.policy().details())),
            new ObjectRow("another organisation's policy, for a new version",
                    "policies/:policyId([0-9]+)/new-version",
                    (test, objects, id) -> test.policySharing.addVersion(new PolicyRef(id, objects.policyVersion()),
                            PolicyTestData.policy().form())));

    private Fixtures objects;

    private Fixtures objects() {
        if (objects == null) {
            objects = makeObjects();
        }
        return objects;
    }

    private Fixtures makeObjects() {
        long author = accounts.create(Role.MEMBER).accountId();
        long moderator = accounts.create(Role.MODERATOR, Role.MEMBER).accountId();
        signedIn.as(author);
        long draft = authoring.start(caseStudy().titled("Private draft").draft()).id();
        long revised = authoring.submit(null, caseStudy().titled("Published").draft(), AcceptedFindings.NONE).id();
        signedIn.as(moderator);
        ItemReview item = context.getBean(ModerationWorkflow.class).reviewOf("case-study", revised,
                Actor.account(moderator));
        context.getBean(ItemModeration.class).decide(item.ref(), ModerationAction.APPROVE, Decision.NONE);
        signedIn.as(author);
        var current = authoring.open(revised);
        String revisionTitle = "Unsent revision " + uniqueClient();
        authoring.saveDraft(new CaseStudyRef(revised, current.version()), caseStudy().titled(revisionTitle).draft());

        signedIn.nobody();
        SubmissionReceipt receipt = submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE,
                uniqueClient());
        submissions.withdraw(ContributorAccess.receiptCode(receipt.receiptCode()), uniqueClient());

        PoolFixtures.OffersAndCases pool = PoolFixtures.someoneElses(context);

        PolicyOrganisations organisations = new PolicyOrganisations(context.getBean(OrganisationRepository.class),
                context.getBean(IcbRepository.class), accounts, context.getBean(TransactionTemplate.class));
        signedIn.as(organisations.memberOf(organisations.trustInIcb("QOP")).accountId());
        long policy = policySharing.share(PolicyTestData.policy().form());
        long policyVersion = policies.policy(policy).version();
        signedIn.nobody();
        return new Fixtures(draft, revised, revisionTitle, receipt.storyId(), pool, policy, policyVersion);
    }

    private long idOf(ObjectRow row, Fixtures objects) {
        return switch (row.kind()) {
            case "a draft case study" -> objects.draftCaseStudy();
            case "an unsent revision" -> objects.revisedCaseStudy();
            case "a withdrawn story" -> objects.withdrawnStory();
            case "another organisation's investigator request" -> objects.pool().requestId();
            case "another investigator's offer" -> objects.pool().offerId();
            case "another investigator's case" -> objects.pool().assignmentId();
            default -> objects.otherOrganisationsPolicy();
        };
    }

    static Stream<Arguments> objectCells() {
        return OBJECTS.stream().flatMap(object -> Arrays.stream(Who.values())
                .filter(who -> ROUTES.stream().filter(row -> row.route().equals(object.route())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no route row for " + object))
                        .outcomeFor(who) == Outcome.A && who != Who.VISITOR)
                .map(who -> Arguments.of(object, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("objectCells")
    void aCraftedIdGetsWhatAnIdThatNeverExistedGets(ObjectRow object, Who who) {
        Fixtures made = objects();
        as(who, () -> {
            Throwable crafted = catchThrowable(() -> object.open().open(this, made, idOf(object, made)));
            Throwable missing = catchThrowable(() -> object.open().open(this, made, NEVER_EXISTED));

            assertThat(crafted).as("opening " + object + " as " + who).isNotNull();
            assertThat(missing).as("an id that never existed").isNotNull();
            assertThat(crafted.getClass()).isEqualTo(missing.getClass());
            assertThat(crafted.getMessage()).isEqualTo(missing.getMessage());
        });
    }

    @Test
    void anotherMemberReadsThePublishedVersionNeverTheUnsentRevision() {
        Fixtures made = objects();
        as(Who.MEMBER, () -> {
            var reading = caseStudies.read(made.revisedCaseStudy());

            assertThat(reading.title()).isEqualTo("Published");
            assertThat(reading.toString()).doesNotContain(made.revisionTitle());
        });
    }

    @Test
    void aModerationItemOfWithdrawnContentShowsItsStatus() {
        Fixtures made = objects();
        long item = jdbc.queryForObject("select id from moderation_item where content_type = 'story' and "
                + "content_id = ?", Long.class, made.withdrawnStory());
        as(Who.MODERATOR, () -> {
            var review = itemModeration.review(item);

            assertThat(review.item().status()).isEqualTo(ModerationStatus.WITHDRAWN);
            if (WITHDRAWN_CONTENT_SHOWS_NO_TEXT) {
                assertThat(review.texts()).as("the texts of withdrawn content").isEmpty();
                assertThat(review.title()).as("the title of withdrawn content").isNullOrEmpty();
            }
        });
    }

    private void as(Who who, Runnable steps) {
        signedIn.as(people.get(who));
        try {
            steps.run();
        } finally {
            signedIn.nobody();
        }
    }
}
