package org.warledger.casualty.domain;

/**
 * CUMULATIVE: the running total since a start date ("since the invasion began in February 2022"), as of a date.
 * INTERVAL: what happened within a period ("in just two days between November 18 and 19"). The two are different
 * quantities and are never compared.
 */
public enum ScopeKind {
    CUMULATIVE, INTERVAL
}
