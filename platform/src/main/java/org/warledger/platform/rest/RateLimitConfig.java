package org.warledger.platform.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Rate limits of the services' bulk endpoints, per caller: the token's subject when a verified token comes with the
 * request, else the client address. The defaults let one caller import and export as fast as a service can serve it
 * (the launcher and the benchmark included); production may lower them.
 */
@ConfigMapping(prefix = "warledger.rate-limits")
public interface RateLimitConfig {

    /** false switches every limit off (for a deployment that limits at its ingress instead). */
    @WithDefault("true")
    boolean enabled();

    /** Callers whose request counts are kept at once; the least recently seen are forgotten first. */
    @WithDefault("100000")
    int maxCallers();

    /** {@code POST …/import}. */
    Limit imports();

    /** {@code GET …/export}. */
    Limit exports();

    interface Limit {
        /** Requests one caller may make per period; they may come in one burst. */
        @WithDefault("600")
        int requests();

        @WithDefault("1M")
        Duration period();

        /** Requests of one caller served at the same time. */
        @WithDefault("4")
        int concurrent();
    }
}
