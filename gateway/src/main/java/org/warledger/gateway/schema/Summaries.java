package org.warledger.gateway.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Aggregate answers of the services. */
public final class Summaries {

    private Summaries() {
    }

    @Description("Where claimants stand on one quantity as of a date: latest active claim per claimant, like with like")
    public record CasualtySummary(String subject, Category category, EquipmentType equipmentType, ScopeKind scope,
            LocalDate asOf, int claimants, @Description("Lowest low among quantified claims") Long low,
            String lowClaimant, @Description("Highest high among quantified claims") Long high, String highClaimant,
            @Description("Some claim has no upper bound") boolean openAbove,
            @Description("UNQUANTIFIED claims listed without moving the spread") int unquantified,
            List<CasualtyClaim> claims) {
    }

    @Description("Aid summed without double counting: pledges only, not declined or withdrawn, children not added "
            + "on top of their parent")
    public record AidTotals(String currency, BigDecimal total, long count,
            @Description("Counted pledges without a value or a rate") long unvalued, String groupBy,
            List<AidTotalsGroup> groups) {
    }

    public record AidTotalsGroup(String key, BigDecimal total, long count, long unvalued) {
    }
}
