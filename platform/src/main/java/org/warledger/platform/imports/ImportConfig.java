package org.warledger.platform.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of every NDJSON import, enforced while the body is read: a request over them is refused before the rest of it
 * is read, and a report stays small whatever the lines hold.
 */
@ConfigMapping(prefix = "warledger.import")
public interface ImportConfig {

    /** Physical lines in one request, blank ones included (a final line break does not start another line). */
    @WithDefault("10000")
    int maxLines();

    /** Bytes of one line (UTF-8, without its line break). */
    @WithDefault("1048576")
    int maxLineBytes();

    /** Violations listed for one rejected line; its {@code violationCount} says how many there were. */
    @WithDefault("10")
    int maxViolationsPerLine();

    /**
     * Violations listed in one report in all; past them every rejected line still lists its first violation and its
     * count.
     */
    @WithDefault("1000")
    int maxReportViolations();
}
