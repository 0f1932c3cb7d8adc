package org.warledger.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Removes stored answers once they are older than {@code warledger.idempotency.retention}, every
 * {@code warledger.idempotency.cleanup-interval}. A key whose answer is past the retention is free again even before
 * this runs: the request that reuses it removes the old answer first.
 */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final IdempotencyConfig config;
    private final IdempotencyStore store;

    public IdempotencyCleanup(IdempotencyConfig config, IdempotencyStore store) {
        this.config = config;
        this.store = store;
    }

    void schedule(@Observes StartupEvent started, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        vertx.setPeriodic(config.cleanupInterval().toMillis(),
                timer -> vertx.executeBlocking(this::removeExpired, false)
                        .onFailure(e -> LOG.warn("could not remove expired idempotency keys; retrying later", e)));
    }

    /** Removes the answers older than the retention, in a transaction of its own; returns how many it removed. */
    public int removeExpired() {
        return QuarkusTransaction.requiringNew()
                .call(() -> store.removeOlderThan(Instant.now().minus(config.retention())));
    }
}
