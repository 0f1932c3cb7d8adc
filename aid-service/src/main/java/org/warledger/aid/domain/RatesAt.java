package org.warledger.aid.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rates that apply to one pledge: of its own currency and of USD, each the one in force on its announcement date
 * (the latest loaded on or before it); null where none was loaded by then.
 */
public record RatesAt(Rate own, Rate usd) {

    public record Rate(String currency, BigDecimal perEur, LocalDate date, String source) {
    }
}
