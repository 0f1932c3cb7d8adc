package org.warledger.casualty.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.Comparison;
import org.warledger.casualty.domain.EquipmentType;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Relation;
import org.warledger.casualty.domain.ScopeKind;
import org.warledger.casualty.domain.Summary;

/** Where claimants stand on one quantity, as of a date. */
@Schema(name = "ClaimSummary", description = """
        The latest active claim of each claimant identity on one quantity as of a date (a claim without an identity \
        stands for its written claimant), compared: each claim allows the numbers from its figure's low (0 when it has \
        none) to its high (none: open above); UNQUANTIFIED claims without a known word allow any number and take no \
        part.""")
public record SummaryView(String subject, Category category, EquipmentType equipmentType, ScopeKind scope,
        LocalDate asOf, @Schema(description = "The window in days before asOf, when one was asked") Integer window,
        @Schema(description = "The instant the ledger is read as of, when one was asked") Instant knownAt,
        @Schema(description = "Number of claimants compared") int claimants,
        @Schema(description = "The claims compared, lowest best figure first") List<ClaimView> claims,
        @Schema(description = "The claim with the lowest best figure: where the estimates start") ClaimRef lowestBest,
        @Schema(description = "The claim with the highest best figure: where the estimates end") ClaimRef highestBest,
        Comparison.Verdict verdict,
        @Schema(description = "The numbers every claim allows (the intersection of their intervals); null unless "
                + "verdict is AGREE") IntervalView agreement,
        @Schema(description = "Pairs of claims that allow no common number, widest gap first, at most "
                + Comparison.MAX_CONTRADICTIONS) List<ContradictionView> contradictions,
        @Schema(description = "How many contradicting pairs there are in all") int contradictionCount,
        @Schema(description = "Claims that allow any number (UNQUANTIFIED without a known word)") int unbounded,
        @Schema(description = "The lowest number some claim allows: the smallest lower bound (0 when a claim has "
                + "none); null when no claim has a bound") Long low,
        @Schema(description = "The written claimant whose claim gives low") String lowClaimant,
        @Schema(description = "The highest number some claim allows; null when some claim is open above "
                + "(openAbove) or none has a bound") Long high,
        @Schema(description = "The written claimant whose claim gives high") String highClaimant,
        @Schema(description = "Some claim has no upper bound (AT_LEAST, MORE_THAN, a vague word)") boolean openAbove,
        @Schema(description = "The oldest asOf among the claims compared: how stale the comparison is") LocalDate oldestAsOf,
        @Schema(description = "The newest asOf among the claims compared") LocalDate newestAsOf,
        @Schema(description = "Latest claims left out of the comparison, and why") List<ExclusionView> excluded,
        @Schema(description = "The same comparison among the claimants of each party, with how the party stands to "
                + "the subject; claimants without an affiliation last") List<AffiliationView> byAffiliation) {

    /** A claim in a comparison, by its claimant as written and as identified, with its figure. */
    @Schema(name = "ComparedClaim")
    public record ClaimRef(UUID claimId, String claimant, UUID claimantId, String claimantName, LocalDate asOf,
            Figure figure) {
    }

    @Schema(name = "Interval", description = "Whole numbers from low to high; high null means open above")
    public record IntervalView(long low, Long high) {
    }

    @Schema(name = "Contradiction", description = "Two claims that allow no common number: the lower one's high lies "
            + "gap below the higher one's low")
    public record ContradictionView(ClaimRef lower, ClaimRef higher, long gap) {
    }

    @Schema(name = "ExcludedClaim")
    public record ExclusionView(ClaimView claim, Summary.Reason reason, String detail) {
    }

    @Schema(name = "AffiliationComparison", description = "The comparison among the claimants of one party")
    public record AffiliationView(
            @Schema(description = "The party code (GB+US for a joint claimant); null for claimants without an "
                    + "affiliation or identity") String affiliation,
            Relation relation, int claimants, List<UUID> claimIds, ClaimRef lowestBest, ClaimRef highestBest,
            Comparison.Verdict verdict, IntervalView agreement, List<ContradictionView> contradictions,
            int contradictionCount, int unbounded, Long low, Long high, boolean openAbove, LocalDate oldestAsOf,
            LocalDate newestAsOf) {
    }
}
