package org.warledger.platform.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One limit of one kind of request, per caller: a token bucket (so many requests per period, refilled continuously) and
 * a number of requests served at once. A refused request is a {@link TooManyRequests} that says when to retry.
 */
public final class RateLimiter {

    /** Released when the request it admitted is done. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final Permit UNLIMITED = () -> {
    };

    private final String what;
    private final RateLimitConfig.Limit limit;
    private final boolean enabled;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;
    private final ConcurrentMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    /**
     * @param what
     *            the requests limited, in the plural ("imports"), for the refusal's detail
     */
    public RateLimiter(String what, RateLimitConfig.Limit limit, boolean enabled, int maxCallers, TimeMeter clock) {
        this.what = what;
        this.limit = limit;
        this.enabled = enabled;
        this.clock = clock;
        // A bucket left alone for a whole period is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(maxCallers).expireAfterAccess(limit.period()).build();
    }

    /** Admits one request of the caller, or refuses it without counting it. */
    public Permit admit(String caller) {
        if (!enabled) {
            return UNLIMITED;
        }
        if (!enter(caller)) {
            throw new TooManyRequests(1, "too many " + what + " of one caller at the same time: at most "
                    + limit.concurrent() + " are served at once; wait for one to finish");
        }
        ConsumptionProbe probe = buckets.get(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            leave(caller);
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new TooManyRequests(seconds, "too many " + what + ": at most " + limit.requests() + " per "
                    + describe(limit.period()) + " per caller; retry in " + seconds + " s");
        }
        return () -> leave(caller);
    }

    private Bucket newBucket() {
        return Bucket.builder().withCustomTimePrecision(clock).addLimit(
                bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }

    private boolean enter(String caller) {
        boolean[] entered = { false };
        inFlight.compute(caller, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= limit.concurrent()) {
                return count;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    private void leave(String caller) {
        inFlight.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
    }

    private static String describe(Duration period) {
        long seconds = period.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds == 3600 ? "hour" : seconds / 3600 + " hours";
        }
        if (seconds % 60 == 0) {
            return seconds == 60 ? "minute" : seconds / 60 + " minutes";
        }
        return seconds == 1 ? "second" : seconds + " seconds";
    }
}
