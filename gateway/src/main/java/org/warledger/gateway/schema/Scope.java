package org.warledger.gateway.schema;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("The time a figure covers: CUMULATIVE since from (when stated) up to asOf, or an INTERVAL from–to")
public record Scope(ScopeKind kind, LocalDate from, LocalDate to) {
}
