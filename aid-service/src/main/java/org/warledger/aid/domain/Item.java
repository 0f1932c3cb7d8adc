package org.warledger.aid.domain;

/**
 * Something pledged ("F-16 aircraft", "Patriot batteries"), with how many were pledged and delivered when known. Stored
 * as JSON in the pledge's {@code items} column; its components are that JSON's field names.
 */
public record Item(String name, ItemCategory category, Long quantity, Long deliveredQuantity) {
}
