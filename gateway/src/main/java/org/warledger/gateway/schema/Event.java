package org.warledger.gateway.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("An event of the war as reported, with its sources and the numbers it reports")
public record Event(@Id String id, long version, String title, EventType type,
        @Description("The day it happened or began; see datePrecision") LocalDate date, DatePrecision datePrecision,
        LocalDate endDate, String summary, List<String> actors, Location location, List<Source> sources,
        List<String> tags, List<Quantity> quantities, RecordStatus status, String retractionReason, Instant createdAt,
        Instant updatedAt, String createdBy, String updatedBy) implements TimelineItem {

    /** A record of the ledger is identified by its id: batch loaders key on it, so it must be cheap to hash. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Event that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
