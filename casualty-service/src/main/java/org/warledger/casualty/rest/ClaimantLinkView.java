package org.warledger.casualty.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.LinkReason;

/** One change of the identity a claim is linked to. */
@Schema(name = "ClaimantLinkView", description = "One change of the identity a claim is linked to",
        requiredProperties = { "how", "recordedAt", "recordedBy" })
public record ClaimantLinkView(
        @Schema(description = "The identity linked; null when the claim was unlinked") UUID claimantId,
        @Schema(description = "The identity it replaced; null when there was none") UUID previousClaimantId,
        LinkReason how, String note, Instant recordedAt, String recordedBy) {
}
