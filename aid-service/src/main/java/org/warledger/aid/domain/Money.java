package org.warledger.aid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * An amount exactly as reported, in its own currency and wording: "at least 40 billion euros" is 40000000000 EUR
 * AT_LEAST.
 */
@Embeddable
public record Money(@Column(name = "value_amount") BigDecimal amount, @Column(name = "value_currency") String currency,
        @Enumerated(EnumType.STRING) @Column(name = "value_qualifier") MoneyQualifier qualifier) {
}
