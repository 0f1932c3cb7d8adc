package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What was lost")
public enum Category {
    KILLED, WOUNDED, KILLED_OR_WOUNDED, CAPTURED, MISSING, EQUIPMENT
}
