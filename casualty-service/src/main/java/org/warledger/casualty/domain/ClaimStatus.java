package org.warledger.casualty.domain;

/**
 * ACTIVE: the claimant's current figure. SUPERSEDED: replaced by a correction, kept in the history. RETRACTED:
 * withdrawn; nothing is ever deleted.
 */
public enum ClaimStatus {
    ACTIVE, SUPERSEDED, RETRACTED
}
