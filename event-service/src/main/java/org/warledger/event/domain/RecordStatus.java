package org.warledger.event.domain;

/**
 * A retracted event stays in the ledger, so that partners syncing with {@code changedSince} learn of the retraction.
 */
public enum RecordStatus {
    ACTIVE, RETRACTED
}
