package org.warledger.aid.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a pledge's lifecycle: the status it reached, on which date, on whose report, recorded by whom. Stored as
 * JSON in the pledge's {@code status_history} column; its components are that JSON's field names.
 */
public record StatusChange(PledgeStatus status, LocalDate on, Source source, Instant recordedAt, String recordedBy) {
}
