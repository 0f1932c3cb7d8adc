package org.warledger.aid.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.warledger.aid.domain.AidPledge;
import org.warledger.aid.domain.PledgeFilter;
import org.warledger.aid.domain.RatesAt;
import org.warledger.platform.paging.PageCursor;

@ApplicationScoped
public class PledgeRepository implements PanacheRepositoryBase<AidPledge, UUID> {

    /** The rates in force on each pledge's announcement date: of its own currency and of USD. */
    private static final String RATES_OF_PLEDGE = FxRateRepository.rateInForce("own", "p.value_currency",
            "p.announced_on") + FxRateRepository.rateInForce("usd", "'USD'", "p.announced_on");

    /** One page in a stable keyset order, one row more than asked so the caller knows whether another page exists. */
    @SuppressWarnings("unchecked")
    public List<AidPledge> page(PledgeFilter filter, PageCursor.Order order, PageCursor after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        restrict(filter, where, params);
        String orderBy;
        if (order == PageCursor.Order.DATE) {
            if (after != null) {
                where.add("(p.announced_on, p.id) < (:afterKey, :afterId)");
                params.put("afterKey", after.dateKey());
                params.put("afterId", after.id());
            }
            orderBy = "p.announced_on desc, p.id desc";
        } else {
            if (after != null) {
                where.add("(p.updated_at, p.id) > (:afterKey, :afterId)");
                params.put("afterKey", after.updatedKey());
                params.put("afterId", after.id());
            }
            orderBy = "p.updated_at, p.id";
        }
        String sql = "select p.* from aid_pledge p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + orderBy + " limit :limit";
        Query query = getEntityManager().createNativeQuery(sql, AidPledge.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        return query.getResultList();
    }

    /** The rates that apply to each of these pledges, in one query. Pledges without a value are absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, RatesAt> ratesFor(Collection<UUID> ids) {
        Map<UUID, RatesAt> rates = new HashMap<>();
        if (ids.isEmpty()) {
            return rates;
        }
        String sql = "with " + FxRateRepository.RATES_IN_FORCE
                + " select p.id, p.value_currency, own.per_eur, own.date, own.source, usd.per_eur, usd.date, usd.source"
                + " from aid_pledge p" + RATES_OF_PLEDGE + " where p.id in (:ids) and p.value_amount is not null";
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            rates.put((UUID) row[0],
                    new RatesAt(rate((String) row[1], row[2], row[3], row[4]), rate("USD", row[5], row[6], row[7])));
        }
        return rates;
    }

    /**
     * Which of these ids exist, in one query, locking them for share until the transaction ends: a pledge written as
     * part of one of them counts in totals only while its parent does not, so the parent's status must not change
     * meanwhile.
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> lockExisting(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        if (!ids.isEmpty()) {
            found.addAll(getEntityManager()
                    .createNativeQuery("select p.id from aid_pledge p where p.id in (:ids) for share", UUID.class)
                    .setParameter("ids", ids).getResultList());
        }
        return found;
    }

    /** The filter's conditions. */
    private static void restrict(PledgeFilter filter, List<String> where, Map<String, Object> params) {
        if (filter.donor() != null) {
            where.add("p.donor = :donor");
            params.put("donor", filter.donor());
        }
        if (filter.recipient() != null) {
            where.add("p.recipient = :recipient");
            params.put("recipient", filter.recipient());
        }
        if (filter.type() != null) {
            where.add("p.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.eventIds() != null) {
            where.add("p.event_id in (:eventIds)");
            params.put("eventIds", filter.eventIds());
        }
        if (filter.parentId() != null) {
            where.add("p.parent_id = :parentId");
            params.put("parentId", filter.parentId());
        }
        if (filter.from() != null) {
            where.add("p.announced_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("p.announced_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.changedSince() != null) {
            where.add("p.updated_at > :changedSince");
            params.put("changedSince", filter.changedSince());
        }
    }

    public List<AidPledge> findByIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    public Optional<AidPledge> findByExternalKey(String externalKey) {
        return find("externalKey", externalKey).firstResultOptional();
    }

    private static RatesAt.Rate rate(String currency, Object perEur, Object date, Object source) {
        if (perEur == null) {
            return null;
        }
        return new RatesAt.Rate(currency, (BigDecimal) perEur,
                date instanceof Date sqlDate ? sqlDate.toLocalDate() : (java.time.LocalDate) date, (String) source);
    }
}
