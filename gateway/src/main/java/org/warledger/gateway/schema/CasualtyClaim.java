package org.warledger.gateway.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A figure someone stated about someone's losses, kept as stated, in its current revision")
public record CasualtyClaim(@Id String id, long version,
        @Description("Who states the figure (not the outlet that reported it), as written") String claimant,
        @Description("The claimant identity this claim is linked to; null when none is") @Id String claimantId,
        @Description("The canonical name of that identity") String claimantName,
        @Description("The party code of that identity (\"US\", or joint \"GB+US\")") String affiliation,
        @Description("Whose losses: country or organisation code") String subject, String force, Category category,
        EquipmentType equipmentType, Figure figure, Scope scope,
        @Description("The date the figure was true as of") LocalDate asOf, LocalDate statedOn, @Id String eventId,
        List<Source> sources, ClaimStatus status, int revision, Instant createdAt, Instant updatedAt, String createdBy,
        String updatedBy) implements TimelineItem {

    /** A record of the ledger is identified by its id: batch loaders key on it, so it must be cheap to hash. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CasualtyClaim that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
