package org.warledger.event.domain;

/**
 * A number an event reports ("about 11,000 North Korean troops"): itself a claim, with its wording and claimant. Stored
 * as JSON in the event's {@code quantities} column, in exactly these fields.
 */
public record Quantity(String measure, String unit, Figure figure, String claimant) {
}
