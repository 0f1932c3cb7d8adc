package org.warledger.aid.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sums of aid in one currency; groups add up to the total. */
@Schema(name = "AidTotals")
public record TotalsView(String currency,
        @Schema(description = "Sum of the counted pledges that have a value and a rate") BigDecimal total,
        @Schema(description = "Counted pledges, valued or not") long count,
        @Schema(description = "Counted pledges without a value or without a rate, so not in total") long unvalued,
        String groupBy, List<Group> groups) {

    public record Group(String key, BigDecimal total, long count, long unvalued) {
    }
}
