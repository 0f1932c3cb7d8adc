package org.warledger.aid.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The rates that apply to one pledge: of its own currency and of USD, each the latest on or before announcedOn. */
public record RatesAt(Rate own, Rate usd) {

    public record Rate(String currency, BigDecimal perEur, LocalDate date, String source) {
    }
}
