package org.warledger.aid.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.aid.domain.PledgeStatus;

/** One step of a pledge's lifecycle: the status it reached, on which date, on whose report, recorded by whom. */
@Schema(name = "StatusChange")
public record StatusChangeView(PledgeStatus status, LocalDate on, SourceDto source, Instant recordedAt,
        String recordedBy) {
}
