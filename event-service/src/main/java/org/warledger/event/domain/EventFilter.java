package org.warledger.event.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The filters of the event list; every field is optional. {@code status} null means active events only, except in a
 * {@code changedSince} feed, which shows retractions too.
 */
public record EventFilter(LocalDate from, LocalDate to, EventType type, String actor, String country, String tag,
        String q, RecordStatus status, Instant changedSince) {
}
