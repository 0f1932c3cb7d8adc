package org.warledger.aid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.warledger.aid.domain.FxRate;
import org.warledger.aid.domain.NewFxRate;
import org.warledger.aid.repository.FxRateRepository;
import org.warledger.aid.repository.PledgeTotalRepository;
import org.warledger.platform.failure.Refusals;

/**
 * Exchange rates as data. Normalised values are computed from the rates when read, so a rate loaded later applies at
 * once to every pledge it affects; the stored totals are brought up to date in the same transaction.
 */
@ApplicationScoped
@Transactional
public class FxRateService {

    private final FxRateRepository rates;
    private final PledgeTotalRepository totals;

    public FxRateService(FxRateRepository rates, PledgeTotalRepository totals) {
        this.rates = rates;
        this.totals = totals;
    }

    public FxRate create(NewFxRate input, String user) {
        if (rates.exists(input.currency(), input.date())) {
            throw Refusals.conflict("a " + input.currency() + " rate for " + input.date() + " exists already");
        }
        FxRate rate = new FxRate();
        rate.id = UUID.randomUUID();
        rate.date = input.date();
        rate.currency = input.currency();
        rate.perEur = input.perEur();
        rate.source = input.source().strip();
        rate.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        rate.createdBy = user;
        rates.persistAndFlush(rate);
        totals.rateLoaded(rate.currency, rate.date);
        return rate;
    }

    @Transactional(TxType.SUPPORTS)
    public List<FxRate> search(String currency, LocalDate from, LocalDate to, int limit) {
        return rates.search(currency, from, to, limit);
    }
}
