package org.warledger.casualty.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * How the latest claims of several claimants on one quantity stand to each other. Each claim allows the numbers from
 * its figure's low (0 when it has none) to its high (none: open above); an UNQUANTIFIED claim without a bound allows
 * anything and takes no part.
 *
 * @param claims
 *            the claims compared, lowest best figure first
 * @param lowestBest
 *            the claim with the lowest best figure, null when no claim has one
 * @param highestBest
 *            the claim with the highest best figure
 * @param verdict
 *            whether some number is allowed by every claim
 * @param agreement
 *            the numbers every bounded claim allows, when the verdict is AGREE
 * @param contradictions
 *            pairs of claims that allow no common number, widest gap first, at most {@link #MAX_CONTRADICTIONS}
 * @param contradictionCount
 *            how many such pairs there are in all
 * @param unbounded
 *            claims that allow any number (UNQUANTIFIED without a known word)
 * @param span
 *            the numbers some claim allows: from the lowest lower bound to the highest upper bound, open above when
 *            some claim is
 * @param oldestAsOf
 *            the oldest asOf among the claims: how stale the comparison is
 * @param newestAsOf
 *            the newest asOf among the claims
 */
public record Comparison(List<CasualtyClaim> claims, Estimate lowestBest, Estimate highestBest, Verdict verdict,
        Interval agreement, List<Contradiction> contradictions, int contradictionCount, int unbounded, Span span,
        LocalDate oldestAsOf, LocalDate newestAsOf) {

    public static final int MAX_CONTRADICTIONS = 100;

    public enum Verdict {
        /** Some number is allowed by every bounded claim: {@code agreement}. */
        AGREE,
        /** No number is: at least one pair of claims contradicts. */
        CONTRADICT,
        /** No claim bounds the number, so there is nothing to agree or disagree on. */
        NOTHING_TO_COMPARE
    }

    /** A claim's best figure. */
    public record Estimate(CasualtyClaim claim, long best) {
    }

    /** Whole numbers from {@code low} to {@code high}; {@code high} null means open above. */
    public record Interval(long low, Long high) {
    }

    /** Two claims that allow no common number: {@code lower}'s high is {@code gap} below {@code higher}'s low. */
    public record Contradiction(CasualtyClaim lower, CasualtyClaim higher, long gap) {
    }

    /** Where the numbers some claim allows lie, with the claims that set the ends. */
    public record Span(long low, CasualtyClaim lowClaim, Long high, CasualtyClaim highClaim, boolean openAbove) {
    }
}
