package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("PLEDGE is a transfer; REPORTED_TOTAL and CONTRACT are never added to pledges")
public enum AidKind {
    PLEDGE, REPORTED_TOTAL, CONTRACT
}
