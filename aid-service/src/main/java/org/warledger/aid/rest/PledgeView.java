package org.warledger.aid.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.warledger.aid.domain.AidType;
import org.warledger.aid.domain.Kind;
import org.warledger.aid.domain.PledgeStatus;

/** An aid record with its value as reported and normalised, and its whole status history. */
public record PledgeView(UUID id, long version, String title, String donor, String recipient, Kind kind, AidType type,
        PledgeStatus status, LocalDate announcedOn, MoneyDto value, NormalizedView normalized, List<ItemDto> items,
        String timeframe, UUID parentId, UUID eventId, List<SourceDto> sources, List<StatusChangeView> statusHistory,
        String externalKey, Instant createdAt, Instant updatedAt, String createdBy, String updatedBy) {
}
