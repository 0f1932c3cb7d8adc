package org.warledger.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the services honour the {@code Idempotency-Key} header of their POST requests (see {@link IdempotencyFilters}).
 */
@ConfigMapping(prefix = "warledger.idempotency")
public interface IdempotencyConfig {

    /** false: the header is ignored and every POST is carried out as sent. */
    @WithDefault("true")
    boolean enabled();

    /** How long the answer to a key is kept and replayed; after that the key is free again. */
    @WithDefault("24H")
    Duration retention();

    /** How often answers older than the retention are removed from the table. */
    @WithDefault("1H")
    Duration cleanupInterval();
}
