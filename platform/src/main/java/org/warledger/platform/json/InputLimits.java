package org.warledger.platform.json;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one JSON request body may cost before it is refused. */
@ConfigMapping(prefix = "warledger.input")
public interface InputLimits {

    /**
     * Largest JSON body of a single-record endpoint: well above the largest record the field rules allow, far below the
     * server's general body limit (which the NDJSON imports use). Longer bodies are refused with 413.
     */
    @WithDefault("4M")
    MemorySize maxJsonBody();

    /** Deepest nesting of objects and arrays; Warledger's documents nest five levels at most. */
    @WithDefault("32")
    int maxJsonDepth();

    /** Violations listed in one problem answer; the answer also gives their total count. */
    @WithDefault("50")
    int maxViolations();
}
