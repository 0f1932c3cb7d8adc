package org.warledger.aid.domain;

/**
 * Where a pledge stands: PROPOSED → ANNOUNCED → COMMITTED → ALLOCATED → DELIVERED, moving forward only (steps may be
 * skipped). DECLINED and WITHDRAWN end a pledge that was not delivered; DELIVERED, DECLINED and WITHDRAWN are final.
 */
public enum PledgeStatus {
    PROPOSED, ANNOUNCED, COMMITTED, ALLOCATED, DELIVERED, DECLINED, WITHDRAWN;

    public boolean isFinal() {
        return this == DELIVERED || this == DECLINED || this == WITHDRAWN;
    }

    /** Whether a pledge may move from this status to {@code next}. */
    public boolean canMoveTo(PledgeStatus next) {
        if (isFinal() || next == this) {
            return false;
        }
        if (next == DECLINED || next == WITHDRAWN) {
            return true;
        }
        return next.ordinal() > ordinal();
    }

    /** Whether the pledge's value counts in totals. */
    public boolean counts() {
        return this != DECLINED && this != WITHDRAWN;
    }
}
