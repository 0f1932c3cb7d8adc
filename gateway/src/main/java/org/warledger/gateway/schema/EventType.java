package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of thing happened")
public enum EventType {
    DEPLOYMENT, AUTHORIZATION, STRIKE, BATTLE, SUMMIT, AID_ANNOUNCEMENT, STATEMENT, MILESTONE, OTHER
}
