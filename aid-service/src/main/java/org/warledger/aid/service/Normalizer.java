package org.warledger.aid.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.warledger.aid.domain.Money;
import org.warledger.aid.domain.Normalized;
import org.warledger.aid.domain.RatesAt;

/**
 * Converts a reported amount to EUR and USD with the rates in force on its announcement date (which rates those are is
 * decided by {@code FxRateRepository}): EUR = amount ÷ (currency per EUR), USD = EUR × (USD per EUR), each rounded to
 * cents (half up). An amount in EUR or USD is itself in that currency. The stored totals
 * ({@code PledgeTotalRepository}) compute the same.
 */
@ApplicationScoped
public class Normalizer {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public Normalized normalize(Money value, RatesAt rates) {
        if (value == null) {
            return null;
        }
        String currency = value.currency();
        RatesAt.Rate own = rates == null ? null : rates.own();
        RatesAt.Rate usd = rates == null ? null : rates.usd();
        List<Normalized.RateUsed> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();

        BigDecimal eur;
        if ("EUR".equals(currency)) {
            eur = cents(value.amount());
        } else if (own != null) {
            eur = cents(value.amount().divide(own.perEur(), PRECISION));
            used.add(used(own));
        } else {
            eur = null;
            missing.add(currency);
        }

        BigDecimal usdValue;
        if ("USD".equals(currency)) {
            usdValue = cents(value.amount());
        } else if (usd != null && ("EUR".equals(currency) || own != null)) {
            BigDecimal inEur = "EUR".equals(currency) ? value.amount() : value.amount().divide(own.perEur(), PRECISION);
            usdValue = cents(inEur.multiply(usd.perEur(), PRECISION));
            used.add(used(usd));
        } else {
            usdValue = null;
            if (usd == null) {
                missing.add("USD");
            }
        }

        RatesAt.Rate main = "EUR".equals(currency) ? usd : own;
        String unavailable = missing.isEmpty() ? null
                : "no " + String.join(" or ", missing.stream().distinct().toList()) + " rate on or before the "
                        + "announcement date has been loaded (/api/fx-rates)";
        return new Normalized(eur, usdValue, main == null ? null : main.date(), main == null ? null : main.source(),
                used, unavailable);
    }

    private static Normalized.RateUsed used(RatesAt.Rate rate) {
        return new Normalized.RateUsed(rate.currency(), rate.perEur().stripTrailingZeros(), rate.date(), rate.source());
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
