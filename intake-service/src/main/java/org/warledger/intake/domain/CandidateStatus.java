package org.warledger.intake.domain;

/** A candidate waits for review (PROPOSED) until a person accepts or rejects it; both are final. */
public enum CandidateStatus {
    PROPOSED, ACCEPTED, REJECTED
}
