package org.warledger.casualty.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Links a claim to a claimant identity, or unlinks it. */
@Schema(name = "ClaimantLinkInput", description = "The identity a claim's written claimant is; null unlinks it")
public record ClaimantLinkInput(@NotNull @Schema(description = "The claim's version being changed") Long version,
        @Schema(description = "The claimant identity; null: none") UUID claimantId,
        @Size(max = 2000) @Schema(description = "Why, for the record") String note) {
}
