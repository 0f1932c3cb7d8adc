package org.warledger.intake.domain;

/** Which service a candidate becomes a record of. */
public enum CandidateKind {
    CASUALTY_CLAIM, AID_PLEDGE, EVENT
}
