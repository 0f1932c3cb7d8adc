package org.warledger.aid.domain;

public enum AidType {
    MILITARY, FINANCIAL, HUMANITARIAN
}
