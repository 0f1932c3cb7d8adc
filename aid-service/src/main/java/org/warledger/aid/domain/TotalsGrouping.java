package org.warledger.aid.domain;

/** How totals may be split: by donor, by aid type, by status, or by month of the announcement. */
public enum TotalsGrouping {
    DONOR, TYPE, STATUS, MONTH
}
