package org.warledger.event.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of event-service that operators may tune. */
@ConfigMapping(prefix = "warledger")
public interface WarledgerConfig {

    Figures figures();

    Pages pages();

    interface Figures {
        /** "about 500,000" gets low/high this fraction below/above the stated value. */
        @WithDefault("0.1")
        double approximatelyTolerance();
    }

    interface Pages {
        @WithDefault("50")
        int defaultLimit();

        @WithDefault("500")
        int maxLimit();
    }
}
