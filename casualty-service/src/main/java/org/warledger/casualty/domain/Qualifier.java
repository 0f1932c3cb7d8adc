package org.warledger.casualty.domain;

/**
 * The wording a figure was stated with: "17", "about 11,000", "at least", "over", "up to", "1,000-2,000", "thousands".
 */
public enum Qualifier {
    EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST, RANGE, UNQUANTIFIED
}
