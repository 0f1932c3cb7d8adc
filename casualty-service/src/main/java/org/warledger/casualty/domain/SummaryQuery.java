package org.warledger.casualty.domain;

import java.time.LocalDate;

/**
 * One quantity as of a date: a subject, a category, the equipment type exactly when the category is EQUIPMENT, and a
 * scope kind. Only claims of the same quantity are compared.
 */
public record SummaryQuery(String subject, Category category, EquipmentType equipmentType, ScopeKind scope,
        LocalDate asOf) {
}
