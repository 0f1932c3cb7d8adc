package org.warledger.casualty.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.ClaimStatus;
import org.warledger.casualty.domain.EquipmentType;
import org.warledger.casualty.domain.ScopeKind;

/**
 * Filters of the claim list; all optional. {@code status} null means active claims only, except in a
 * {@code changedSince} feed, which shows every status.
 */
public record ClaimFilter(String subject, Category category, EquipmentType equipmentType, ScopeKind scope,
        String claimant, Set<UUID> eventIds, ClaimStatus status, LocalDate from, LocalDate to, Instant changedSince) {
}
