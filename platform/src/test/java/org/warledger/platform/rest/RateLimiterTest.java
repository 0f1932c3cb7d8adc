package org.warledger.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class Clock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    record Limit(int requests, Duration period, int concurrent) implements RateLimitConfig.Limit {
    }

    private final Clock clock = new Clock();

    @Test
    void theRequestAfterTheLastAllowedIsRefusedWithTheSecondsToWaitAndAdmittedOnceTheyHavePassed() {
        RateLimiter limiter = new RateLimiter("imports", new Limit(3, Duration.ofMinutes(1), 10), true, 100, clock);
        for (int i = 0; i < 3; i++) {
            limiter.admit("alice").close();
        }
        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> limiter.admit("alice"));
        assertEquals(429, ProblemMappers.status(refused.reason()));
        assertEquals(20, refused.retryAfterSeconds());
        assertTrue(refused.getMessage().contains("too many imports: at most 3 per minute per caller; retry in 20 s"),
                refused.getMessage());

        limiter.admit("bob").close();
        clock.nanos += TimeUnit.SECONDS.toNanos(19);
        assertEquals(1, assertThrows(TooManyRequests.class, () -> limiter.admit("alice")).retryAfterSeconds());
        clock.nanos += TimeUnit.SECONDS.toNanos(1);
        limiter.admit("alice").close();
        assertThrows(TooManyRequests.class, () -> limiter.admit("alice"));
    }

    @Test
    void aCallerHasOnlySoManyRequestsInProgressAndARefusalCostsNothing() {
        RateLimiter limiter = new RateLimiter("exports", new Limit(5, Duration.ofHours(1), 2), true, 100, clock);
        RateLimiter.Permit first = limiter.admit("alice");
        RateLimiter.Permit second = limiter.admit("alice");
        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> limiter.admit("alice"));
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(refused.getMessage().contains("too many exports of one caller at the same time: at most 2"),
                refused.getMessage());
        limiter.admit("bob").close();
        first.close();
        limiter.admit("alice").close();
        second.close();
        // 5 per hour: two, then one, were counted; the refused one was not.
        limiter.admit("alice").close();
        limiter.admit("alice").close();
        assertTrue(assertThrows(TooManyRequests.class, () -> limiter.admit("alice")).getMessage()
                .contains("too many exports: at most 5 per hour"));
    }

    @Test
    void aRequestRefusedByTheRateGivesItsSlotBack() {
        RateLimiter limiter = new RateLimiter("exports", new Limit(1, Duration.ofHours(1), 1), true, 100, clock);
        limiter.admit("alice").close();
        assertTrue(assertThrows(TooManyRequests.class, () -> limiter.admit("alice")).getMessage().contains("per hour"));
        // Were the slot still taken, this would name the concurrency limit instead.
        assertTrue(assertThrows(TooManyRequests.class, () -> limiter.admit("alice")).getMessage().contains("per hour"));
    }

    @Test
    void switchedOffNothingIsLimited() {
        RateLimiter limiter = new RateLimiter("imports", new Limit(1, Duration.ofHours(1), 1), false, 100, clock);
        RateLimiter.Permit held = limiter.admit("alice");
        for (int i = 0; i < 10; i++) {
            limiter.admit("alice").close();
        }
        held.close();
    }
}
