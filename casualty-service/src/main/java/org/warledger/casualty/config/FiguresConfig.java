package org.warledger.casualty.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** How casualty-service reads the figures that claims state. */
@ConfigMapping(prefix = "warledger.figures")
public interface FiguresConfig {

    /** "about 500,000" gets low/high this fraction below/above the stated value. */
    @WithDefault("0.1")
    double approximatelyTolerance();

    /**
     * The smallest number each vague word allows ("thousands" at least 2,000), by word; see {@code VagueWords} for the
     * rule of the defaults in application.properties.
     */
    Map<String, Long> vagueWords();
}
