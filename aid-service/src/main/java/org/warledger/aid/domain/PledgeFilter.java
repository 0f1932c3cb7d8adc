package org.warledger.aid.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Filters of the pledge list; all optional. from/to are on announcedOn. */
public record PledgeFilter(String donor, String recipient, AidType type, Kind kind, PledgeStatus status,
        Set<UUID> eventIds, UUID parentId, LocalDate from, LocalDate to, Instant changedSince) {
}
