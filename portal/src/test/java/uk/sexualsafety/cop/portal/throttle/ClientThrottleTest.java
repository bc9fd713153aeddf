package uk.sexualsafety.cop.portal.throttle;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.portal.throttle.ClientThrottle.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ClientThrottleTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final TestTime time = new TestTime("2026-03-02T12:03:20Z");
    private final MemoryBucketStore store = new MemoryBucketStore(time);

    @Test
    void eachClientHasItsOwnAllowance() {
        ClientThrottle throttle = new ClientThrottle(store, "test", 3, TEN_MINUTES);

        assertThat(attempts(throttle, "203.0.113.7", 4))
                .containsExactly(Verdict.ALLOWED, Verdict.ALLOWED, Verdict.ALLOWED, Verdict.CLIENT_LIMITED);
        assertThat(throttle.acquire("203.0.113.8")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aClientsAllowanceComesBackGradually() {
        ClientThrottle throttle = new ClientThrottle(store, "test", 5, TEN_MINUTES);
        attempts(throttle, "203.0.113.7", 5);

        time.pass(Duration.ofMinutes(2));

        assertThat(attempts(throttle, "203.0.113.7", 2)).containsExactly(Verdict.ALLOWED, Verdict.CLIENT_LIMITED);
    }

    @Test
    void everyAddressOfAnIpv6Slash64IsOneClientAndAMappedIpv4AddressIsItsIpv4Address() {
        ClientThrottle throttle = new ClientThrottle(store, "test", 2, TEN_MINUTES);

        assertThat(List.of(throttle.acquire("2001:db8:1:2::1"), throttle.acquire("2001:db8:1:2:ffff::9"),
                throttle.acquire("2001:db8:1:2::3"), throttle.acquire("2001:db8:1:3::1")))
                .containsExactly(Verdict.ALLOWED, Verdict.ALLOWED, Verdict.CLIENT_LIMITED, Verdict.ALLOWED);
        assertThat(List.of(throttle.acquire("::ffff:203.0.113.7"), throttle.acquire("203.0.113.7"),
                throttle.acquire("::ffff:203.0.113.7")))
                .containsExactly(Verdict.ALLOWED, Verdict.ALLOWED, Verdict.CLIENT_LIMITED);
    }

    @Test
    void withoutALimitForEveryoneNoNumberOfClientsCanRefuseAnother() {
        ClientThrottle throttle = new ClientThrottle(store, "test", 10, TEN_MINUTES);
        IntStream.range(0, 1_500).forEach(client -> attempts(throttle, "2001:db8:" + client + "::1", 11));

        assertThat(throttle.acquire("203.0.113.7")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void everyonesBudgetLastsUntilTheEndOfItsFixedWindowAndTheFirstRefusalOfEachWindowIsMarked() {
        ClientThrottle throttle = new ClientThrottle(store, "test", 5, 3, TEN_MINUTES, time);
        attempts(throttle, "203.0.113.1", 3);

        assertThat(List.of(throttle.acquire("203.0.113.2"), throttle.acquire("203.0.113.3")))
                .containsExactly(new Verdict.EveryoneLimited(Instant.parse("2026-03-02T12:10:00Z"), true),
                        new Verdict.EveryoneLimited(Instant.parse("2026-03-02T12:10:00Z"), false));

        time.setTo("2026-03-02T12:09:59.999Z");
        assertThat(throttle.acquire("203.0.113.4")).isInstanceOf(Verdict.EveryoneLimited.class);

        time.setTo("2026-03-02T12:10:00Z");
        assertThat(attempts(throttle, "203.0.113.5", 3)).containsOnly(Verdict.ALLOWED);
        assertThat(throttle.acquire("203.0.113.6"))
                .isEqualTo(new Verdict.EveryoneLimited(Instant.parse("2026-03-02T12:20:00Z"), true));
    }

    @Test
    void aClientRefusedBecauseEveryonesBudgetIsSpentKeepsItsOwnGo() {
        ClientThrottle throttle = new ClientThrottle(store, "test", 1, 1, TEN_MINUTES, time);
        throttle.acquire("203.0.113.1");
        assertThat(throttle.acquire("203.0.113.2")).isInstanceOf(Verdict.EveryoneLimited.class);

        time.setTo("2026-03-02T12:10:00Z");

        // Its own go would otherwise be back only at 12:13:20, ten minutes after it was taken.
        assertThat(throttle.acquire("203.0.113.2")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aGoGivenBackCanBeTakenAgainByTheClientAndByEveryone() {
        ClientThrottle throttle = new ClientThrottle(store, "test", 1, 1, TEN_MINUTES, time);
        throttle.acquire("203.0.113.1");

        throttle.giveBack("203.0.113.1");

        assertThat(throttle.acquire("203.0.113.1")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void givingBackNeverRaisesAnAllowanceAboveItsLimit() {
        ClientThrottle throttle = new ClientThrottle(store, "test", 2, 2, TEN_MINUTES, time);
        throttle.giveBack("203.0.113.1");
        throttle.giveBack("203.0.113.1");

        assertThat(attempts(throttle, "203.0.113.1", 3))
                .containsExactly(Verdict.ALLOWED, Verdict.ALLOWED, Verdict.CLIENT_LIMITED);
    }

    @Test
    void attemptsMadeAtTheSameTimeAreEachCountedOnce() throws Exception {
        ClientThrottle oneClient = new ClientThrottle(store, "one-client", 5, TEN_MINUTES);
        ClientThrottle everyone = new ClientThrottle(store, "everyone", 5, 20, TEN_MINUTES, time);

        assertThat(allowedOf50AtOnce(client -> oneClient.acquire("2001:db8::" + client))).isEqualTo(5);
        assertThat(allowedOf50AtOnce(client -> everyone.acquire("203.0.113." + client))).isEqualTo(20);
    }

    private static List<Verdict> attempts(ClientThrottle throttle, String client, int count) {
        return IntStream.range(0, count).mapToObj(attempt -> throttle.acquire(client)).toList();
    }

    private static long allowedOf50AtOnce(IntFunction<Verdict> attempt) throws Exception {
        return AtOnce.run(50, attempt).stream().filter(Verdict.ALLOWED::equals).count();
    }
}
