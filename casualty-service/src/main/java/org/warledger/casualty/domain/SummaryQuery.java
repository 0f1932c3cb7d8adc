package org.warledger.casualty.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One quantity as of a date: a subject, a category, the equipment type exactly when the category is EQUIPMENT, and a
 * scope kind. Only claims of the same quantity are compared. {@code window} (days, optional) leaves out claims with an
 * asOf further back; {@code knownAt} (optional) reads the ledger as it stood at that instant.
 */
public record SummaryQuery(String subject, Category category, EquipmentType equipmentType, ScopeKind scope,
        LocalDate asOf, Integer window, Instant knownAt) {
}
