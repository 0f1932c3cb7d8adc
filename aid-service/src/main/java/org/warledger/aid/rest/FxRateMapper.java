package org.warledger.aid.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.warledger.aid.domain.FxRate;
import org.warledger.aid.domain.NewFxRate;

/** Maps the exchange-rate API's records to the domain's and back. */
@ApplicationScoped
public class FxRateMapper {

    public NewFxRate toNewRate(FxRateInput input) {
        return new NewFxRate(input.date(), input.currency(), input.perEur(), input.source());
    }

    public FxRateView toView(FxRate r) {
        return new FxRateView(r.id, r.date, r.currency, r.perEur.stripTrailingZeros(), r.source, r.createdAt,
                r.createdBy);
    }
}
