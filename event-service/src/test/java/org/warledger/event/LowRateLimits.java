package org.warledger.event;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Rate limits low enough for a test to pass them in a few requests. */
public class LowRateLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warledger.rate-limits.imports.requests", "2", "warledger.rate-limits.imports.period", "1H",
                "warledger.rate-limits.exports.requests", "3", "warledger.rate-limits.exports.period", "1H",
                "warledger.rate-limits.exports.concurrent", "1");
    }
}
