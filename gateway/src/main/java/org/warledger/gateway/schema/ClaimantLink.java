package org.warledger.gateway.schema;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("One step of a claim's link to a claimant identity")
public record ClaimantLink(
        @Description("The identity linked from this step on; null when it was unlinked") @Id String claimantId,
        @Description("The identity linked before; null for none") @Id String previousClaimantId,
        @Description("How the link came about") ClaimantLinkHow how,
        @Description("The editor's note, if any") String note,
        @Description("When the step was recorded") Instant recordedAt,
        @Description("Who recorded it") String recordedBy) {
}
