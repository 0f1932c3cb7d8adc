package org.warledger.aid.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.warledger.aid.domain.AidPledge;
import org.warledger.aid.domain.FxRate;
import org.warledger.aid.domain.Money;
import org.warledger.aid.rest.FxRateView;
import org.warledger.aid.rest.Normalized;
import org.warledger.aid.rest.PledgeView;

/** Copies entities into the API's records. */
@ApplicationScoped
public class PledgeMapper {

    public PledgeView toView(AidPledge p, Normalized normalized) {
        Money value = p.value == null ? null
                : new Money(p.value.amount().stripTrailingZeros(), p.value.currency(), p.value.qualifier());
        return new PledgeView(p.id, p.version, p.title, p.donor, p.recipient, p.kind, p.type, p.status, p.announcedOn,
                value, normalized, p.items, p.timeframe, p.parentId, p.eventId, p.sources, p.statusHistory,
                p.externalKey, p.createdAt, p.updatedAt, p.createdBy, p.updatedBy);
    }

    public FxRateView toView(FxRate r) {
        return new FxRateView(r.id, r.date, r.currency, r.perEur.stripTrailingZeros(), r.source, r.createdAt,
                r.createdBy);
    }
}
