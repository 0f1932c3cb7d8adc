package org.warledger.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The size of one batch look-up ({@code ?ids=…} or {@code ?eventId=…}, comma-separated UUIDs). A look-up of more keys
 * is split into calls that run side by side, each within both limits.
 */
@ConfigMapping(prefix = "warledger.batches")
public interface BatchConfig {

    /** The most keys in one call: the services' largest {@code ids} list and page. */
    @WithDefault("500")
    int maxKeys();

    /**
     * The most characters of keys, URL-encoded, in one call. 3,072 keeps the whole request line (method, path, other
     * parameters, cursor) under the 4,096 bytes an HTTP server accepts by default, so look-ups work against a service
     * whatever its {@code quarkus.http.limits.max-initial-line-length}; with services at 65,536 it can be raised to
     * 60,000 (all 500 keys in one call).
     */
    @WithDefault("3072")
    int maxKeysLength();
}
