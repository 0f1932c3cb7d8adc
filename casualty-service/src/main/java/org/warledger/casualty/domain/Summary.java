package org.warledger.casualty.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where claimants stand on the quantity of {@code query}: the latest claim of each claimant identity (a claim without
 * one stands for its written name), compared all together and by the claimants' affiliation, with the claims left out
 * and why.
 */
public record Summary(SummaryQuery query, Comparison all, List<ByAffiliation> byAffiliation, List<Exclusion> excluded) {

    /** The comparison among the claimants of one party, with how that party stands to the subject. */
    public record ByAffiliation(String affiliation, Relation relation, Comparison comparison) {
    }

    /** A claimant's latest claim that is not compared, and why. */
    public record Exclusion(CasualtyClaim claim, Reason reason, String detail) {
    }

    @Schema(name = "ExclusionReason")
    public enum Reason {
        /** Its asOf lies more than the window's days before the summary's asOf. */
        OUTSIDE_WINDOW
    }
}
