package org.warledger.aid.domain;

/**
 * What kind of record this is, so that totals never double count. PLEDGE: a transfer to the recipient. REPORTED_TOTAL:
 * a reported cumulative figure ("over $56.2 billion since February 2022") that already contains pledges. CONTRACT: a
 * production or procurement contract ("$700 million for Stinger missiles"), not a transfer.
 */
public enum Kind {
    PLEDGE, REPORTED_TOTAL, CONTRACT
}
