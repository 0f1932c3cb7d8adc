package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a pledge stands in its lifecycle")
public enum PledgeStatus {
    PROPOSED, ANNOUNCED, COMMITTED, ALLOCATED, DELIVERED, DECLINED, WITHDRAWN
}
