package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("A running total as of a date, or what happened within a period")
public enum ScopeKind {
    CUMULATIVE, INTERVAL
}
