package org.warledger.aid.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A reported amount in EUR and USD, with the rates used: the date and source of the rate of the reported currency (of
 * USD for an amount in EUR), every rate used, and why eur or usd is absent (null when both are there).
 */
public record Normalized(BigDecimal eur, BigDecimal usd, LocalDate rateDate, String rateSource, List<RateUsed> rates,
        String unavailable) {

    public record RateUsed(String currency, BigDecimal perEur, LocalDate date, String source) {
    }
}
