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
import org.warledger.aid.domain.Totals;
import org.warledger.aid.domain.TotalsGrouping;
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
     * Sums in EUR or USD of the pledges that count, one per group of {@code grouping} (one group of all when null), in
     * the group key's order: kind PLEDGE, not DECLINED or WITHDRAWN, and not part of a parent pledge that itself
     * counts. The same conversion as {@code Normalizer}, rounded to cents per pledge.
     */
    @SuppressWarnings("unchecked")
    public List<Totals.Group> totals(String currency, TotalsGrouping grouping, PledgeFilter filter) {
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
        String sql = "with " + FxRateRepository.RATES_IN_FORCE + " select " + groupKey(grouping)
                + " as key, count(*) as n, count(v.value) as valued, sum(v.value) as total from aid_pledge p"
                + RATES_OF_PLEDGE + " cross join lateral (select " + value + " as value) v where "
                + String.join(" and ", where) + " group by 1 order by 1";
        Query query = getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            long n = ((Number) row[1]).longValue();
            long valued = ((Number) row[2]).longValue();
            BigDecimal sum = row[3] == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) row[3]).setScale(2);
            return new Totals.Group((String) row[0], sum, n, n - valued);
        }).toList();
    }

    /** The SQL of a group's key. */
    private static String groupKey(TotalsGrouping grouping) {
        if (grouping == null) {
            return "'all'";
        }
        return switch (grouping) {
        case DONOR -> "p.donor";
        case TYPE -> "p.type";
        case STATUS -> "p.status";
        case MONTH -> "to_char(p.announced_on, 'YYYY-MM')";
        };
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
