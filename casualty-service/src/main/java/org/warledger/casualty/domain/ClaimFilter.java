package org.warledger.casualty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the claim list; all optional. {@code status} null means active claims only, except in a
 * {@code changedSince} feed, which shows every status.
 */
public record ClaimFilter(String subject, Category category, EquipmentType equipmentType, ScopeKind scope,
        String claimant, Set<UUID> eventIds, ClaimStatus status, LocalDate from, LocalDate to, Instant changedSince) {
}
