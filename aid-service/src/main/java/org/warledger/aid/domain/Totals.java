package org.warledger.aid.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Sums of the pledges that count, in one currency (EUR or USD): how many were counted and how many of them had no value
 * or no rate, so are not in {@code total}. Split by {@code groupBy} when it is not null; the groups add up to the
 * total.
 */
public record Totals(String currency, BigDecimal total, long count, long unvalued, TotalsGrouping groupBy,
        List<Group> groups) {

    /** One group's share: its key (a donor, a type, a status or a month such as 2024-07). */
    public record Group(String key, BigDecimal total, long count, long unvalued) {
    }
}
