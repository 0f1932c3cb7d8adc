package org.warledger.casualty.domain;

/** Why a claim got linked to a claimant identity (or unlinked from one). */
public enum LinkReason {
    /** Its written claimant matched a name of the identity when the claim was recorded. */
    ON_CREATE,
    /** A name matching its written claimant was later given to the identity. */
    ALIAS_ADDED,
    /** An editor linked, re-linked or unlinked it. */
    EDITOR
}
