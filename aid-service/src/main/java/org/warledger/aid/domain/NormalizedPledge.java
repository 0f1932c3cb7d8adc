package org.warledger.aid.domain;

/** A pledge as read: the record, and its value normalised with the rates in force on its announcement date. */
public record NormalizedPledge(AidPledge pledge, Normalized normalized) {
}
