package org.warledger.aid.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An exchange rate to load: units of {@code currency} per one euro on {@code date}, with its source. */
public record NewFxRate(LocalDate date, String currency, BigDecimal perEur, String source) {
}
