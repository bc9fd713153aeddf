package uk.sexualsafety.cop.portal.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import java.util.function.Supplier;

/**
 * Where throttles keep their token buckets. The portal keeps them in its database ({@link DatabaseBucketStore}), so
 * that every node of a cluster counts against the same buckets.
 */
public interface BucketStore {

    /**
     * The bucket for {@code key} (an account, a client) within {@code space} (one throttle's limit), made with
     * {@code configuration} the first time it is needed.
     */
    Bucket bucket(String space, String key, Supplier<BucketConfiguration> configuration);
}
