package org.warledger.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many GraphQL requests one caller may make: a caller is the subject of a verified bearer token, else the client
 * address. Each caller has a bucket of {@code requests} tokens refilled evenly over {@code period}; an empty bucket is
 * answered 429 with {@code Retry-After}. The local defaults (1,000 requests a second, sustained) never throttle a
 * person or {@code bench/run}; production sets its own (see README, "The gateway").
 */
@ConfigMapping(prefix = "warledger.rate-limit")
public interface RateLimitConfig {

    /** Off: every request passes and no bucket is kept. */
    @WithDefault("true")
    boolean enabled();

    /** The requests counted: this path and everything below it (the GraphQL endpoint and its schema). */
    @WithDefault("/graphql")
    String path();

    /** Callers without a verified token, one bucket per client address. */
    Limit perAddress();

    /** Callers with a verified token, one bucket per token subject. */
    Limit perSubject();

    /** The most buckets kept; the least recently used are dropped first (their callers start afresh). */
    @WithDefault("100000")
    int maxCallers();

    interface Limit {
        @WithDefault("60000")
        long requests();

        @WithDefault("1M")
        Duration period();
    }
}
