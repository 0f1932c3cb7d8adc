package org.warledger.casualty.domain;

/** What sort of body a claimant is. */
public enum ClaimantKind {
    GOVERNMENT, MILITARY, INTELLIGENCE, INTERNATIONAL_ORGANISATION, NGO, MEDIA, RESEARCH, OTHER
}
