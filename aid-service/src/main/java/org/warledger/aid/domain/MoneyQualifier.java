package org.warledger.aid.domain;

/** The wording an amount was reported with: "$700 million", "about", "at least 40 billion euros", "over", "up to". */
public enum MoneyQualifier {
    EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST
}
