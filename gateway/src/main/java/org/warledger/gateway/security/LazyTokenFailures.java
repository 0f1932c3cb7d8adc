package org.warledger.gateway.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;

/**
 * A refused token fails only what needs it. Tokens are verified lazily (when the rate limit or a mutation asks who the
 * caller is); by default Quarkus would then end the whole HTTP answer with an empty 401. Here the failure goes back to
 * whoever asked instead: the rate limit counts the caller by address, a mutation answers a GraphQL error, and the reads
 * of the same request still answer.
 */
@ApplicationScoped
public class LazyTokenFailures {

    /** After Quarkus' authentication filter (200) has put the deferred identity on the request. */
    public static final int PRIORITY = 150;

    private static final BiConsumer<RoutingContext, Throwable> TO_THE_CALLER = (context, failure) -> {
    };

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, TO_THE_CALLER);
            context.next();
        }, PRIORITY);
    }
}
