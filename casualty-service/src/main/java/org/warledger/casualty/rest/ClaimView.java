package org.warledger.casualty.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.ClaimStatus;
import org.warledger.casualty.domain.EquipmentType;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Scope;

/** A casualty claim in its current revision. */
@Schema(name = "ClaimView", description = "A casualty claim in its current revision; version is also its ETag",
        requiredProperties = { "id", "version", "claimant", "subject", "category", "figure", "scope", "asOf", "sources",
                "status", "revision", "createdAt", "updatedAt" })
public record ClaimView(UUID id, long version,
        @Schema(description = "The claimant as written in the source") String claimant,
        @Schema(description = "The claimant identity the claim is linked to; null when none is known") UUID claimantId,
        @Schema(description = "The identity's canonical name") String claimantName,
        @Schema(description = "The party the identity speaks for (GB+US for a joint claimant)") String affiliation,
        String subject, String force, Category category, EquipmentType equipmentType, Figure figure, Scope scope,
        LocalDate asOf, LocalDate statedOn, UUID eventId, List<SourceDto> sources, ClaimStatus status, int revision,
        String retractionReason, String externalKey, Instant createdAt, Instant updatedAt, String createdBy,
        String updatedBy) {
}
