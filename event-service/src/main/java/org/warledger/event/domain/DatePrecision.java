package org.warledger.event.domain;

/** How precisely an event's date is known: "18 November" is a day, "in mid-November" a week, "in November" a month. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR
}
