package org.warledger.casualty.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.EquipmentType;
import org.warledger.casualty.domain.ScopeKind;

/** Where claimants stand on one quantity, as of a date. */
@Schema(name = "ClaimSummary")
public record SummaryView(String subject, Category category, EquipmentType equipmentType, ScopeKind scope,
        LocalDate asOf, @Schema(description = "Number of claimants with a claim") int claimants,
        @Schema(description = "Lowest low bound among quantified claims; null when none has a lower bound") Long low,
        @Schema(description = "Claimant whose claim gives the low") String lowClaimant,
        @Schema(description = "Highest high bound among quantified claims; "
                + "null when none has an upper bound") Long high,
        @Schema(description = "Claimant whose claim gives the high") String highClaimant,
        @Schema(description = "True when some claim has no upper bound (AT_LEAST, MORE_THAN), "
                + "so the spread is open above") boolean openAbove,
        @Schema(description = "Number of UNQUANTIFIED claims, listed but not moving the spread") int unquantified,
        @Schema(description = "The latest active claim of each claimant, "
                + "lowest best figure first") List<ClaimView> claims) {
}
