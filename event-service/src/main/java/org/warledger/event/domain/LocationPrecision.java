package org.warledger.event.domain;

/**
 * How precisely the coordinates place the event, from the exact spot down to the centre of a country (the same idea as
 * ACLED's geo_precision and UCDP's where_prec).
 */
public enum LocationPrecision {
    EXACT, NEAR, SETTLEMENT, REGION, COUNTRY
}
