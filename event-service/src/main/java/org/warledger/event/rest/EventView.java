package org.warledger.event.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.warledger.event.domain.DatePrecision;
import org.warledger.event.domain.EventType;
import org.warledger.event.domain.RecordStatus;

/** An event as the API returns it. */
public record EventView(UUID id, long version, String title, EventType type, LocalDate date,
        DatePrecision datePrecision, LocalDate endDate, String summary, List<String> actors, LocationDto location,
        List<SourceDto> sources, List<String> tags, List<QuantityDto> quantities, RecordStatus status,
        String retractionReason, String externalKey, Instant createdAt, Instant updatedAt, String createdBy,
        String updatedBy) {
}
