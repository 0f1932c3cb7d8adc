package org.warledger.casualty.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Written claimants that no identity stands for yet. */
@Schema(name = "UnlinkedNames", description = "Written claimants no identity stands for, most claims first")
public record UnlinkedNamesView(List<Name> items,
        @Schema(description = "More names exist than the limit let through") boolean truncated) {

    @Schema(name = "UnlinkedName")
    public record Name(@Schema(description = "The claimant as written") String name,
            @Schema(description = "How many claims are written with it") long claims,
            @Schema(description = "The newest asOf among them") LocalDate latestAsOf) {
    }
}
