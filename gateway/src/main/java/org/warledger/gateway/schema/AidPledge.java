package org.warledger.gateway.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("Aid pledged, a reported total or a contract, with its money kept as reported and normalised")
public record AidPledge(@Id String id, long version, String title, String donor, String recipient, AidKind kind,
        AidType type, PledgeStatus status, LocalDate announcedOn, Money value, Normalized normalized, List<Item> items,
        String timeframe, @Id String parentId, @Id String eventId, List<Source> sources,
        List<StatusChange> statusHistory, Instant createdAt, Instant updatedAt, String createdBy, String updatedBy)
        implements TimelineItem {

    /** A record of the ledger is identified by its id: batch loaders key on it, so it must be cheap to hash. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AidPledge that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
