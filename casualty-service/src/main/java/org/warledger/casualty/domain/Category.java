package org.warledger.casualty.domain;

/**
 * What was lost. Personnel categories and equipment never add up together; KILLED_OR_WOUNDED is the "casualties" of
 * most statements and is not the sum of KILLED and WOUNDED claims made by others.
 */
public enum Category {
    KILLED, WOUNDED, KILLED_OR_WOUNDED, CAPTURED, MISSING, EQUIPMENT
}
