package org.warledger.casualty.domain;

import java.util.List;

/**
 * Where claimants stand on the quantity of {@code query}: the spread of the quantified claims ({@code low} from
 * {@code lowClaimant}, {@code high} from {@code highClaimant}, either null when no claim bounds it), whether some claim
 * is open above, how many are unquantified, and the latest claim of each claimant, lowest best figure first.
 */
public record Summary(SummaryQuery query, Long low, String lowClaimant, Long high, String highClaimant,
        boolean openAbove, int unquantified, List<CasualtyClaim> claims) {
}
