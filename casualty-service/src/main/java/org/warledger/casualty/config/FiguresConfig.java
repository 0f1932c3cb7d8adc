package org.warledger.casualty.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How event-service reads the figures that events report. */
@ConfigMapping(prefix = "warledger.figures")
public interface FiguresConfig {

    /** "about 500,000" gets low/high this fraction below/above the stated value. */
    @WithDefault("0.1")
    double approximatelyTolerance();
}
