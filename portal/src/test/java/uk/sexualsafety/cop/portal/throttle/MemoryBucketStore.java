package uk.sexualsafety.cop.portal.throttle;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;

import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Buckets in this test's memory, on a clock the test moves: for throttles' rules without a database. */
public final class MemoryBucketStore implements BucketStore {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final InstantSource time;

    public MemoryBucketStore(InstantSource time) {
        this.time = time;
    }

    @Override
    public Bucket bucket(String space, String key, Supplier<BucketConfiguration> configuration) {
        return buckets.computeIfAbsent(space + ":" + key, id -> {
            LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(DatabaseBucketStore.timeMeter(time));
            for (Bandwidth limit : configuration.get().getBandwidths()) {
                builder.addLimit(limit);
            }
            return builder.build();
        });
    }
}
