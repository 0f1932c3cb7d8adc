package org.warledger.gateway.schema;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("One dated, sourced step of a pledge's lifecycle")
public record StatusChange(PledgeStatus status, LocalDate on, Source source, Instant recordedAt, String recordedBy) {
}
