package org.warledger.casualty.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;

/** The sides of the war, for telling a side's claims about itself from those about its enemy or by third parties. */
@ConfigMapping(prefix = "warledger.conflict")
public interface ConflictConfig {

    /** Each side by name, with the party codes it stands for ("russia" = RU, KP, BY). */
    Map<String, List<String>> sides();
}
