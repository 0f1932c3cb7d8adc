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
import org.warledger.platform.paging.PageCursor;

@ApplicationScoped
public class PledgeRepository implements PanacheRepositoryBase<AidPledge, UUID> {

    /** The latest rate of a currency on or before the pledge's announcement date. */
    static final String RATE_OF = "left join lateral (select r.per_eur, r.date, r.source from fx_rate r"
            + " where r.currency = %s and r.date <= p.announced_on order by r.date desc limit 1) %s on true ";

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
        String sql = "select p.id, p.value_currency, own.per_eur, own.date, own.source, usd.per_eur, usd.date, usd.source"
                + " from aid_pledge p " + String.format(RATE_OF, "p.value_currency", "own")
                + String.format(RATE_OF, "'USD'", "usd") + " where p.id in (:ids) and p.value_amount is not null";
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            rates.put((UUID) row[0],
                    new RatesAt(rate((String) row[1], row[2], row[3], row[4]), rate("USD", row[5], row[6], row[7])));
        }
        return rates;
    }

    /**
     * Sums in EUR or USD of the pledges that count: kind PLEDGE, not DECLINED or WITHDRAWN, and not part of a parent
     * pledge that itself counts. The same conversion as {@code Normalizer}, rounded to cents per pledge.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> totals(String currency, String groupKey, PledgeFilter filter) {
        List<String> where = new ArrayList<>(List.of(COUNTS.formatted("p")));
        where.add("not exists (select 1 from aid_pledge parent where parent.id = p.parent_id and "
                + COUNTS.formatted("parent") + ")");
        Map<String, Object> params = new HashMap<>();
        restrict(filter, where, params);
        String value = "EUR".equals(currency)
                ? "case when p.value_currency = 'EUR' then round(p.value_amount, 2)"
                        + " else round(p.value_amount / own.per_eur, 2) end"
                : "case when p.value_currency = 'USD' then round(p.value_amount, 2)"
                        + " when p.value_currency = 'EUR' then round(p.value_amount * usd.per_eur, 2)"
                        + " else round(p.value_amount / own.per_eur * usd.per_eur, 2) end";
        // Each rate holds from its date until the next rate of its currency: joining on that span finds the latest
        // rate on or before each announcement in one pass, whatever the number of pledges.
        String sql = "with rate as (select currency, per_eur, date as valid_from,"
                + " lead(date) over (partition by currency order by date) as valid_to from fx_rate)" + " select "
                + groupKey + " as key, count(*) as n, count(v.value) as valued, sum(v.value) as total"
                + " from aid_pledge p"
                + " left join rate own on own.currency = p.value_currency and p.announced_on >= own.valid_from"
                + " and (own.valid_to is null or p.announced_on < own.valid_to)"
                + " left join rate usd on usd.currency = 'USD' and p.announced_on >= usd.valid_from"
                + " and (usd.valid_to is null or p.announced_on < usd.valid_to)" + " cross join lateral (select "
                + value + " as value) v" + " where " + String.join(" and ", where) + " group by 1 order by 1";
        Query query = getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static final String COUNTS = "%1$s.kind = 'PLEDGE' and %1$s.status not in ('DECLINED', 'WITHDRAWN')";

    /** Which of these ids exist, in one query. */
    public Set<UUID> existingIds(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        if (!ids.isEmpty()) {
            found.addAll(getEntityManager().createQuery("select p.id from AidPledge p where p.id in :ids", UUID.class)
                    .setParameter("ids", ids).getResultList());
        }
        return found;
    }

    /** The filter's conditions, shared by the list and the totals so that both select alike. */
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
