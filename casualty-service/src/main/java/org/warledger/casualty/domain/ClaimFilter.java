package org.warledger.casualty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the claim list; all optional. {@code status} null means active claims only, except in a
 * {@code changedSince} feed, which shows every status. {@code claimantId} selects the claims linked to one identity,
 * {@code claimant} those written so without an identity to stand for; {@code affiliation} the claims of identities that
 * speak for a party (alone or jointly). {@code knownAt} reads the ledger as it stood at that instant.
 */
public record ClaimFilter(String subject, Category category, EquipmentType equipmentType, ScopeKind scope,
        String claimant, UUID claimantId, String affiliation, Set<UUID> eventIds, ClaimStatus status, LocalDate from,
        LocalDate to, Instant changedSince, Instant knownAt) {
}
