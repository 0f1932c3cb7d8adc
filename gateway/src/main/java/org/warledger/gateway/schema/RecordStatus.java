package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an event stands or was retracted")
public enum RecordStatus {
    ACTIVE, RETRACTED
}
