package org.warledger.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.warledger.gateway.config.RateLimitConfig;
import org.warledger.gateway.security.LazyTokenFailures;
import org.warledger.gateway.telemetry.TraceIds;

/**
 * Requests per caller at the GraphQL endpoint, once the request has passed the edge's bounded HTTP and budget checks
 * and before it is executed: a caller is the subject of a verified bearer token, else the client address (a refused
 * token counts against its address). Over the limit the answer is 429 with {@code Retry-After} and a problem+json body;
 * nothing is executed or forwarded. Buckets are Bucket4j token buckets, kept in memory for the callers seen lately.
 */
@ApplicationScoped
public class RateLimit {

    /** After {@link LazyTokenFailures}, so that a refused token only makes the caller anonymous. */
    static final int PRIORITY = LazyTokenFailures.PRIORITY - 50;

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    public RateLimit(RateLimitConfig config) {
        this.config = config;
        Duration longest = config.perAddress().period().compareTo(config.perSubject().period()) > 0
                ? config.perAddress().period() : config.perSubject().period();
        // A bucket unused for a whole period is full again: dropping it changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxCallers()).expireAfterAccess(longest).build();
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::handle, PRIORITY);
        }
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.equals(config.path()) && !path.startsWith(config.path() + "/")) {
            context.next();
            return;
        }
        // A token verified with a remote key is verified on a worker thread: the request goes on on its event loop.
        Context origin = Vertx.currentContext();
        subject(context).subscribe().with(subject -> onEventLoop(origin, () -> admit(context, subject)),
                refused -> onEventLoop(origin, () -> admit(context, null)));
    }

    private static void onEventLoop(Context origin, Runnable step) {
        if (origin == null || Context.isOnEventLoopThread()) {
            step.run();
        } else {
            origin.runOnContext(ignored -> step.run());
        }
    }

    /** The subject of the request's verified token; null without a token or with a refused one. */
    private static Uni<String> subject(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return QuarkusHttpUser.getSecurityIdentity(context, null).map(RateLimit::nameOf);
    }

    private static String nameOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject()
                : identity.getPrincipal().getName();
    }

    private void admit(RoutingContext context, String subject) {
        RateLimitConfig.Limit limit = subject == null ? config.perAddress() : config.perSubject();
        String caller = subject == null ? "address " + context.request().remoteAddress().hostAddress()
                : "subject " + subject;
        Bucket bucket = buckets.get(caller, key -> Bucket.builder().addLimit(
                Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        String detail = "more than " + limit.requests() + " requests in " + describe(limit.period()) + " from "
                + (subject == null ? "this address" : "this token's subject") + "; retry in " + retryAfter + " s";
        JsonObject problem = new JsonObject().put("type", "about:blank").put("status", 429)
                .put("title", "Too Many Requests").put("detail", detail);
        String traceId = TraceIds.of(context.request());
        if (traceId != null) {
            problem.put("traceId", traceId);
        }
        context.response().setStatusCode(429).putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json").end(problem.encode());
    }

    private static String describe(Duration period) {
        long seconds = period.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return period.toMillis() % 1000 == 0 ? seconds + " s" : period.toMillis() + " ms";
    }
}
