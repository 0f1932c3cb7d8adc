package org.warledger.event.domain;

/** What kind of thing happened. */
public enum EventType {
    DEPLOYMENT, AUTHORIZATION, STRIKE, BATTLE, SUMMIT, AID_ANNOUNCEMENT, STATEMENT, MILESTONE, OTHER
}
