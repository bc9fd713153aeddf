package uk.sexualsafety.cop.portal.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import org.springframework.jdbc.datasource.IsolationLevelDataSourceAdapter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Token buckets in the {@code throttle_bucket} table (Flyway V22), through Bucket4j's MySQL backend (a row locked
 * with {@code SELECT ... FOR UPDATE} while a go is taken), so that all nodes sharing the database count together.
 *
 * <p>A row's id is the throttle's space and an HMAC of the key (an email address, a client's address) under the
 * {@link ThrottleSecret}, which is kept outside the database: no address is stored, and none can be guessed back
 * from the database alone. A row
 * expires once its bucket would be full again, and {@link ExpiredBucketsCleanup} deletes expired rows.
 */
@Component
public class DatabaseBucketStore implements BucketStore {

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final SecretKeySpec secret;

    DatabaseBucketStore(DataSource dataSource, Clock clock, ThrottleSecret secret) {
        this.secret = new SecretKeySpec(secret.bytes(), "HmacSHA256");
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(readCommitted(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("throttle_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .clientClock(timeMeter(clock))
                .build();
    }

    @Override
    public Bucket bucket(String space, String key, Supplier<BucketConfiguration> configuration) {
        return buckets.builder().build(space + ":" + hashed(key), configuration);
    }

    /** Deletes up to {@code limit} rows whose buckets are full again; how many it deleted. */
    int removeExpired(int limit) {
        return buckets.removeExpired(limit);
    }

    private String hashed(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /**
     * Bucket4j locks a bucket's row with {@code SELECT ... FOR UPDATE} and makes a missing one with {@code INSERT
     * IGNORE}. Under InnoDB's default isolation, the first takes a gap lock on a missing row, and two nodes making the
     * same new bucket at once deadlock; read-committed takes no gap locks. The pool resets the level on return.
     */
    private static DataSource readCommitted(DataSource dataSource) {
        var adapter = new IsolationLevelDataSourceAdapter();
        adapter.setTargetDataSource(dataSource);
        adapter.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return adapter;
    }

    /** Bucket4j's view of the portal's clock, so that tests can move it and buckets agree with the portal. */
    static TimeMeter timeMeter(InstantSource time) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = time.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
