package org.warledger.aid.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record FxRateView(UUID id, LocalDate date, String currency, BigDecimal perEur, String source, Instant createdAt,
        String createdBy) {
}
