package org.warledger.event.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.warledger.event.domain.DatePrecision;
import org.warledger.event.domain.EventType;
import org.warledger.event.domain.Location;
import org.warledger.event.domain.Quantity;
import org.warledger.event.domain.RecordStatus;
import org.warledger.event.domain.Source;

/** An event as the API returns it. */
public record EventView(UUID id, long version, String title, EventType type, LocalDate date,
        DatePrecision datePrecision, LocalDate endDate, String summary, List<String> actors, Location location,
        List<Source> sources, List<String> tags, List<Quantity> quantities, RecordStatus status,
        String retractionReason, String externalKey, Instant createdAt, Instant updatedAt, String createdBy,
        String updatedBy) {
}
