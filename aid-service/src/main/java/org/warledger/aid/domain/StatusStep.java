package org.warledger.aid.domain;

import java.time.LocalDate;

/** A step to record in a pledge's lifecycle; with a version, only if the pledge is still at that version. */
public record StatusStep(PledgeStatus status, LocalDate on, Source source, Long version) {
}
