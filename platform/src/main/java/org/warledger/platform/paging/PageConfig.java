package org.warledger.platform.paging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Page sizes of every list endpoint. */
@ConfigMapping(prefix = "warledger.pages")
public interface PageConfig {

    @WithDefault("50")
    int defaultLimit();

    @WithDefault("500")
    int maxLimit();
}
