package org.warledger.casualty.domain;

/**
 * How a claimant's party stands to the subject whose losses it states: the distinction casualty-reporting research
 * relies on, since sides tend to inflate their enemy's losses and play down their own.
 */
public enum Relation {
    /** The claimant speaks for the subject or its side: a side about its own losses. */
    OWN_SIDE,
    /** The claimant speaks for the other side: a side about its enemy's losses. */
    OPPOSING_SIDE,
    /** The claimant belongs to neither side. */
    THIRD_PARTY,
    /** A joint claimant whose parties stand differently to the subject. */
    MIXED,
    /** The claimant has no identity, or its identity no affiliation. */
    UNKNOWN
}
