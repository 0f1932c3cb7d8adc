package org.warledger.gateway.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/** Aggregate answers of the services. */
public final class Summaries {

    private Summaries() {
    }

    @Description("Where claimants stand on one quantity as of a date: latest active claim per claimant, like with "
            + "like, compared with each other (do they agree, where do they contradict) and within each affiliation")
    public record CasualtySummary(@Description("Whose losses: party code") String subject,
            @Description("What was lost") Category category,
            @Description("The equipment counted, for EQUIPMENT") EquipmentType equipmentType,
            @Description("The scope kind compared") ScopeKind scope,
            @Description("The date compared as of") LocalDate asOf,
            @Description("Days before asOf a claim may be as of and still be compared; null for no "
                    + "limit") Integer window,
            @Description("The ledger as it stood at this instant; null for now") Instant knownAt,
            @Description("Claimants with a compared claim") int claimants,
            @Description("The smallest number some compared claim allows: the smallest lower bound, 0 when a claim "
                    + "has none") Long low,
            @Description("The claimant whose claim gives low") String lowClaimant,
            @Description("The largest number some compared claim allows: the largest upper bound; null when a claim "
                    + "is open above") Long high,
            @Description("The claimant whose claim gives high") String highClaimant,
            @Description("Some compared claim has no upper bound") boolean openAbove,
            @Description("Deprecated, kept for existing clients: the compared claims whose figure is UNQUANTIFIED, "
                    + "counted by the gateway from claims; such a figure now has a low from its word and takes part "
                    + "in the comparison") int unquantified,
            @Description("The compared claims, lowest best first") List<CasualtyClaim> claims,
            @Description("The compared claim with the lowest best figure") ComparedClaim lowestBest,
            @Description("The compared claim with the highest best figure") ComparedClaim highestBest,
            @Description("Whether the compared claims agree") Verdict verdict,
            @Description("The numbers every compared claim allows; null unless verdict is AGREE") Interval agreement,
            @Description("Pairs of compared claims that allow no number in common, at most 100 (see "
                    + "contradictionCount)") List<Contradiction> contradictions,
            @Description("How many such pairs there are, listed or not") int contradictionCount,
            @Description("Compared claims without an upper bound") int unbounded,
            @Description("The earliest asOf among the compared claims") LocalDate oldestAsOf,
            @Description("The latest asOf among the compared claims") LocalDate newestAsOf,
            @Description("Claims left out of the comparison, with the reason") List<ExcludedClaim> excluded,
            @Description("The same comparison within each affiliation of the "
                    + "claimants") List<AffiliationComparison> byAffiliation) {
    }

    @Description("A compared claim in short: who states what, as of when")
    public record ComparedClaim(@Description("The claim") @Id String claimId,
            @Description("The claimant as written") String claimant,
            @Description("The claimant identity, if the claim is linked to one") @Id String claimantId,
            @Description("The canonical name of that identity") String claimantName,
            @Description("The date the figure was true as of") LocalDate asOf,
            @Description("The figure as stated, with its bounds") Figure figure) {
    }

    @Description("The numbers from low to high")
    public record Interval(@Description("The smallest number") long low,
            @Description("The largest number; null for no upper bound") Long high) {
    }

    @Description("Two claims that allow no number in common: lower's upper bound lies below higher's lower bound")
    public record Contradiction(@Description("The claim with the lower numbers") ComparedClaim lower,
            @Description("The claim with the higher numbers") ComparedClaim higher,
            @Description("How far apart they are: higher's lower bound minus lower's upper bound") long gap) {
    }

    @Description("A claim left out of a comparison")
    public record ExcludedClaim(@Description("The claim left out") CasualtyClaim claim,
            @Description("Why it was left out") ExclusionReason reason, @Description("Why, in words") String detail) {
    }

    @Description("The comparison among the claimants of one affiliation")
    public record AffiliationComparison(
            @Description("The claimants' party code (\"US\", joint \"GB+US\"); null for claimants "
                    + "without one") String affiliation,
            @Description("How the affiliation stands to the subject") Relation relation,
            @Description("Claimants of the affiliation with a compared claim") int claimants,
            @Description("Their compared claims") @Id List<String> claimIds,
            @Description("Their claim with the lowest best figure") ComparedClaim lowestBest,
            @Description("Their claim with the highest best figure") ComparedClaim highestBest,
            @Description("Whether their claims agree") Verdict verdict,
            @Description("The numbers all their claims allow; null unless verdict is AGREE") Interval agreement,
            @Description("Pairs of their claims that allow no number in common, at most "
                    + "100") List<Contradiction> contradictions,
            @Description("How many such pairs there are, listed or not") int contradictionCount,
            @Description("Their claims without an upper bound") int unbounded,
            @Description("The smallest number one of their claims allows") Long low,
            @Description("The largest number one of their claims allows; null when one is open above") Long high,
            @Description("One of their claims has no upper bound") boolean openAbove,
            @Description("The earliest asOf among their claims") LocalDate oldestAsOf,
            @Description("The latest asOf among their claims") LocalDate newestAsOf) {
    }

    @Description("Claimants' figures on one quantity over time, one line per claimant, for charts")
    public record CasualtySeries(@Description("Whose losses: party code") String subject,
            @Description("What was lost") Category category,
            @Description("The equipment counted, for EQUIPMENT") EquipmentType equipmentType,
            @Description("The scope kind asked for; null for both") ScopeKind scope,
            @Description("The ledger as it stood at this instant; null for now") Instant knownAt,
            @Description("One line per claimant") List<SeriesLine> lines,
            @Description("Points on all lines") int points,
            @Description("More points exist than the limit let through") boolean truncated) {
    }

    @Description("One claimant's figures, oldest first")
    public record SeriesLine(
            @Description("The claimant identity; null for a claimant known only as written") @Id String claimantId,
            @Description("The identity's canonical name, or the claimant as written") String name,
            @Description("The identity's party code") String affiliation,
            @Description("The claimant's claims, oldest first") List<SeriesPoint> points) {
    }

    @Description("One claim on a series line")
    public record SeriesPoint(@Description("The claim") @Id String claimId,
            @Description("The claimant as written on this claim") String claimant,
            @Description("The date the figure was true as of") LocalDate asOf,
            @Description("The date the figure was stated") LocalDate statedOn,
            @Description("The time the figure covers") Scope scope,
            @Description("The figure as stated, with its bounds") Figure figure) {
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
