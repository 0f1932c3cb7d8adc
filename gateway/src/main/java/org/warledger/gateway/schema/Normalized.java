package org.warledger.gateway.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("A reported amount in EUR and USD with the rate used; unavailable says why a value is missing")
public record Normalized(BigDecimal eur, BigDecimal usd, LocalDate rateDate, String rateSource, String unavailable) {
}
