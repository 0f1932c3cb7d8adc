package org.warledger.casualty.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.ClaimantKind;

/** A claimant identity. */
@Schema(name = "ClaimantView",
        description = "Who states figures, as one identity under all the names it is written "
                + "with; version is also its ETag",
        requiredProperties = { "id", "version", "name", "aliases", "kind", "createdAt", "updatedAt" })
public record ClaimantView(UUID id, long version, @Schema(description = "Canonical name") String name,
        @Schema(description = "Other names it is written with; a claim written with any of them, or with the name, "
                + "is linked to it (case and runs of white space aside)") List<String> aliases,
        ClaimantKind kind,
        @Schema(description = "The party it speaks for: a country or organisation code, several joined by + for a "
                + "joint claimant (GB+US); null when unknown") String affiliation,
        @Schema(description = "The larger body it belongs to (Ukrainian General Staff within the Armed Forces of "
                + "Ukraine)") UUID parentId,
        Instant createdAt, Instant updatedAt, String createdBy, String updatedBy) {
}
