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
     * The most characters of keys, URL-encoded, in one call. 60,000 holds all 500 keys in one call, within the 65,536
     * bytes of request line every Warledger service accepts; 3,072 keeps the whole request line (method, path, other
     * parameters, cursor) under the 4,096 bytes an HTTP server accepts by default.
     */
    @WithDefault("60000")
    int maxKeysLength();
}
