package uk.sexualsafety.cop.bench.capacity;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Members of the community, each in a browser tab of their own spoken to in Vaadin's UIDL protocol: signs in on the
 * sign-in page (its form posts with the page's CSRF token), searches from the search page's box, opens a case study,
 * opens a story and shows it behind its content warning, goes back to the case study and posts a comment, with think
 * times between the steps. Then each member stays signed in, idle, until the benchmark has weighed the server's heap
 * (it writes a file) or the hold's time limit passes. Every request goes to the loopback address the benchmark
 * started the portal on; the number of members and the run's duration are bounded by {@link Settings}.
 */
public class CapacitySimulation extends Simulation {

    private static final Settings SETTINGS = Settings.fromSystemProperties();
    private static final Figures FIGURES = new Figures(SETTINGS.workDirectory());
    private static final AtomicInteger NEXT_MEMBER = new AtomicInteger(SETTINGS.firstMember());
    private static final String SEARCH_ENTER = "event.key === 'Enter' && !event.isComposing";
    private static final Pattern RESULT_COUNT = Pattern.compile("^\\d+ results?$");
    private static final Pattern COMMENT_SENT = Pattern.compile("waiting for a moderator|comment is published");
    private static final String BROKEN = "broken";

    private final HttpProtocolBuilder protocol = http.baseUrl(SETTINGS.baseUrl())
            .disableWarmUp()
            .disableCaching()
            .userAgentHeader("Mozilla/5.0 (capacity benchmark)")
            .acceptLanguageHeader("en-GB")
            // Each member from an address of their own, as a load balancer in front of the portal reports it (the
            // portal believes loopback proxies): sign-in throttles count per client address, and 300 people behind
            // one address signing in at once is another question (decision 044).
            .header("X-Forwarded-For", "#{address}");

    private final ScenarioBuilder members = scenario("member")
            .exec(session -> {
                int member = NEXT_MEMBER.getAndIncrement();
                return session.set("ui", new VaadinUi()).set("email", SETTINGS.email(member))
                        .set("address", "10.44." + (member / 250) + "." + (1 + member % 250));
            })
            .exec(step(page("sign-in page", "/login", css("meta[name='_csrf']", "content").saveAs("csrf"))))
            .exec(step(init("sign-in screen", "login")))
            .exec(step(uidl("sign-in view", ui -> ui.navigate("login", ""), ui -> ui.has("login-form"))))
            .pause(SETTINGS.thinkMin(), SETTINGS.thinkMax())
            .exec(step(beacon("leave sign-in screen")))
            .exec(step(exec(http("sign in").post("/login")
                    .formParam("username", "#{email}")
                    .formParam("password", SETTINGS.password())
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200), currentLocation().saveAs("landed"), responseTimeInMillis().saveAs("ms")))
                    .exec(session -> settle(session, "sign in", s -> {
                        String landed = s.getString("landed");
                        if (landed.contains("login") || landed.contains("error")) {
                            throw new IllegalStateException("sign-in refused: landed on " + landed);
                        }
                    }))))
            .exec(step(init("home screen", "")))
            .exec(step(uidl("home view", ui -> ui.navigate("", ""), ui -> ui.has("main-navigation"))))
            .pause(SETTINGS.thinkMin(), SETTINGS.thinkMax())
            .exec(step(uidl("open search", ui -> ui.navigate("search", ""), ui -> ui.has("search-box"))))
            .pause(SETTINGS.thinkMin(), SETTINGS.thinkMax())
            .exec(step(uidl("search", ui -> ui.enter("search-box", SEARCH_ENTER, SETTINGS.searchWords()),
                    ui -> ui.showsText(RESULT_COUNT))))
            .pause(SETTINGS.thinkMin(), SETTINGS.thinkMax())
            .exec(step(uidl("open case study", ui -> ui.navigate(SETTINGS.caseStudyRoute(), ""),
                    ui -> ui.has("case-study-title") && ui.has("new-comment"))))
            .pause(SETTINGS.thinkMin(), SETTINGS.thinkMax())
            .exec(step(uidl("open story", ui -> ui.navigate(SETTINGS.storyRoute(), ""),
                    ui -> ui.has("show-story-full"))))
            .pause(SETTINGS.thinkMin(), SETTINGS.thinkMax())
            .exec(step(uidl("show story", ui -> ui.click("show-story-full"), ui -> true)))
            .pause(SETTINGS.thinkMin(), SETTINGS.thinkMax())
            .exec(step(uidl("back to case study", ui -> ui.navigate(SETTINGS.caseStudyRoute(), ""),
                    ui -> ui.has("new-comment"))))
            .pause(SETTINGS.thinkMin(), SETTINGS.thinkMax())
            .exec(step(uidl("write comment", ui -> ui.type("new-comment",
                    "What helped most here was the early risk assessment and the support offered to both people."),
                    ui -> true)))
            .exec(step(uidl("send comment", ui -> ui.click("send-comment"), ui -> ui.showsText(COMMENT_SENT))))
            .exec(session -> {
                FIGURES.held(SETTINGS.members());
                return session;
            })
            .exec(asLongAsDuring(session -> !FIGURES.released(), SETTINGS.holdLimit()).on(pause(Duration.ofSeconds(1))));

    public CapacitySimulation() {
        setUp(members.injectOpen(rampUsers(SETTINGS.members()).during(SETTINGS.ramp())))
                .protocols(protocol)
                .maxDuration(SETTINGS.timeLimit());
    }

    @Override
    public void after() {
        FIGURES.write();
    }

    /** A step runs only while the member's earlier steps worked: one failure is one error, not a cascade. */
    private static ChainBuilder step(ChainBuilder chain) {
        return doIf(session -> !session.contains(BROKEN)).then(chain);
    }

    private static ChainBuilder page(String name, String path, CheckBuilder token) {
        return exec(http(name).get(path).check(status().is(200), token, responseTimeInMillis().saveAs("ms")))
                .exec(session -> settle(session, name, s -> { }));
    }

    /** A new UI in the tab, as a full page load makes; its view comes with the router's first navigation. */
    private static ChainBuilder init(String name, String route) {
        return exec(http(name).get("/?v-r=init&location=" + route + "&query=")
                .check(status().is(200), bodyString().saveAs("answer"), responseTimeInMillis().saveAs("ms")))
                .exec(session -> settle(session, name, s -> ui(s).init(s.getString("answer"))));
    }

    private static ChainBuilder uidl(String name, Function<VaadinUi, String> message,
                                     Function<VaadinUi, Boolean> shows) {
        FIGURES.uidlStep(name);
        return exec(http(name).post(session -> ui(session).uidlPath())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> message.apply(ui(session))))
                .check(status().is(200), bodyString().saveAs("answer"), responseTimeInMillis().saveAs("ms")))
                .exec(session -> settle(session, name, s -> {
                    VaadinUi ui = ui(s);
                    ui.accept(s.getString("answer"));
                    if (!shows.apply(ui)) {
                        throw new IllegalStateException("the page did not show what " + name + " should; the answer: "
                                + ui.lastAnswer());
                    }
                }));
    }

    /** The browser's unload beacon: sent, not waited on by the page, so its answer is not read. */
    private static ChainBuilder beacon(String name) {
        return exec(http(name).post(session -> ui(session).uidlPath())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> ui(session).unload()))
                .check(status().is(200), responseTimeInMillis().saveAs("ms")))
                .exec(session -> settle(session, name, s -> { }));
    }

    /** Records the request's time, or its failure, and marks the member broken after a failure. */
    private static Session settle(Session session, String name, Consumer<Session> verify) {
        if (session.isFailed()) {
            FIGURES.error(name, "the request failed (status, or the request could not be made)");
            return session.markAsSucceeded().set(BROKEN, true);
        }
        try {
            verify.accept(session);
        } catch (RuntimeException wrong) {
            FIGURES.error(name, wrong.getMessage());
            return session.set(BROKEN, true);
        }
        FIGURES.roundTrip(name, session.getLong("ms"));
        return session;
    }

    private static VaadinUi ui(Session session) {
        return (VaadinUi) session.get("ui");
    }

    /** Every figure the run needs, from system properties the benchmark sets; the address must be loopback. */
    record Settings(String baseUrl, int members, int firstMember, String password, Duration ramp, Duration thinkMin,
                    Duration thinkMax, Duration holdLimit, Duration timeLimit, long caseStudyId, long storyId,
                    String searchWords, java.nio.file.Path workDirectory) {

        static Settings fromSystemProperties() {
            String baseUrl = property("base-url", null);
            java.net.URI uri = java.net.URI.create(baseUrl);
            if (!isLoopback(uri.getHost())) {
                throw new IllegalArgumentException("load goes only to a loopback address, not " + uri.getHost());
            }
            return new Settings(baseUrl, Integer.parseInt(property("members", "20")),
                    Integer.parseInt(property("first-member", "0")), property("password", null),
                    Duration.ofSeconds(Long.parseLong(property("ramp-seconds", "10"))),
                    Duration.ofMillis(Long.parseLong(property("think-min-ms", "1000"))),
                    Duration.ofMillis(Long.parseLong(property("think-max-ms", "3000"))),
                    Duration.ofSeconds(Long.parseLong(property("hold-seconds", "120"))),
                    Duration.ofSeconds(Long.parseLong(property("time-limit-seconds", "600"))),
                    Long.parseLong(property("case-study", null)), Long.parseLong(property("story", null)),
                    property("search", "harassment"), java.nio.file.Path.of(property("work-dir", null)));
        }

        String email(int member) {
            return "capacity-" + member + "@bench.nhs.net";
        }

        String caseStudyRoute() {
            return "case-studies/" + caseStudyId;
        }

        String storyRoute() {
            return "stories/" + storyId;
        }

        private static String property(String name, String fallback) {
            String value = System.getProperty("capacity." + name, fallback);
            if (value == null) {
                throw new IllegalArgumentException("capacity." + name + " is not set");
            }
            return value;
        }

        private static boolean isLoopback(String host) {
            try {
                return Stream.of(java.net.InetAddress.getAllByName(host)).allMatch(java.net.InetAddress::isLoopbackAddress);
            } catch (java.net.UnknownHostException unknown) {
                return false;
            }
        }
    }
}
