package org.warledger.casualty.domain;

import java.time.Instant;
import java.util.List;

/**
 * The figures of some claimants on one subject, category and equipment type over time: the claimants named (by any name
 * of an identity, or a written name without one) and those affiliated with one of {@code affiliations}; {@code scope}
 * null for both kinds, {@code knownAt} null for the ledger as it is, at most {@code limit} points.
 */
public record SeriesQuery(String subject, Category category, EquipmentType equipmentType, List<String> claimants,
        List<String> affiliations, ScopeKind scope, Instant knownAt, int limit) {
}
