package org.warledger.aid.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.warledger.aid.domain.PledgeFilter;
import org.warledger.aid.domain.PledgeStatus;
import org.warledger.aid.domain.Totals;
import org.warledger.aid.domain.TotalsGrouping;

/**
 * The stored totals ({@code aid_pledge_total}, see its migration): sums of the pledges that count per donor, recipient,
 * type, status, currency and day, month and year of announcement, each pledge converted to EUR and USD and rounded to
 * cents with the rates in force on its day. Every write that changes what totals count calls in here in its own
 * transaction, so totals are never stale.
 * <p>
 * Pledge writes add and subtract with {@code insert … on conflict do update} increments in one statement, in key order:
 * concurrent writers of the same rows queue on their row locks, lose nothing and never deadlock. A rate write rebuilds
 * the days it changes from the pledges, which must not race with a pledge write converting at the old rate: a
 * transaction-scoped advisory lock, shared by pledge writers and exclusive for rate writers, keeps them apart (pledge
 * writers do not wait for each other).
 */
@ApplicationScoped
public class PledgeTotalRepository {

    /** The advisory lock between pledge writes (shared) and rate writes (exclusive). */
    private static final String LOCK = "hashtext('aid_pledge_total')";

    private static final String COUNTS = "%1$s.kind = 'PLEDGE' and %1$s.status not in ('DECLINED', 'WITHDRAWN')";

    /** A pledge {@code p} that totals count: it counts itself and is not part of a parent that counts. */
    private static final String COUNTED = COUNTS.formatted("p")
            + " and not exists (select 1 from aid_pledge parent where parent.id = p.parent_id and "
            + COUNTS.formatted("parent") + ")";

    /** The value of pledge {@code p} in EUR and in USD: the same conversion and rounding as {@code Normalizer}. */
    private static final String VALUES = FxRateRepository.rateInForce("own", "p.value_currency", "p.announced_on")
            + FxRateRepository.rateInForce("usd", "'USD'", "p.announced_on") + " cross join lateral (select"
            + " case when p.value_currency = 'EUR' then round(p.value_amount, 2)"
            + " else round(p.value_amount / own.per_eur, 2) end as eur,"
            + " case when p.value_currency = 'USD' then round(p.value_amount, 2)"
            + " when p.value_currency = 'EUR' then round(p.value_amount * usd.per_eur, 2)"
            + " else round(p.value_amount / own.per_eur * usd.per_eur, 2) end as usd) v";

    /** What {@link #apply} needs of a pledge {@code p}, with its status given. */
    private static final String PLEDGE = "p.donor, p.recipient, p.type, %s as status, p.announced_on, p.value_amount,"
            + " p.value_currency";

    private static final String COLUMNS = "grain, period, donor, recipient, type, status, currency, pledges,"
            + " eur_valued, eur, usd_valued, usd";

    private static final String KEY = "grain, period, donor, recipient, type, status, currency";

    private final EntityManager em;

    public PledgeTotalRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds these pledges, just inserted, where they count. */
    public void added(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        lockShared();
        apply("select " + PLEDGE.formatted("p.status") + ", 1 as sign from aid_pledge p"
                + " where p.id = any(cast(:ids as uuid[])) and " + COUNTED, Map.of("ids", ids.toArray(UUID[]::new)));
    }

    /**
     * Moves pledge {@code id}, whose status was {@code before} and is now stored, to its new status in the totals; with
     * {@code children}, because that started or stopped it counting as a parent, also its children, which count exactly
     * when it does not. The caller holds the pledge's row (it updated it) and its parent's (for share), so that neither
     * changes meanwhile.
     */
    public void statusChanged(UUID id, PledgeStatus before, boolean children) {
        lockShared();
        String rows = children ? "(p.id = :id or p.parent_id = :id)" : "p.id = :id";
        String statusBefore = "case when %1$s.id = :id then :before else %1$s.status end";
        String countsBefore = "%1$s.kind = 'PLEDGE' and (" + statusBefore + ") not in ('DECLINED', 'WITHDRAWN')";
        String now = "select " + PLEDGE.formatted("p.status") + ", 1 as sign from aid_pledge p where " + rows + " and "
                + COUNTED;
        String then = "select " + PLEDGE.formatted(statusBefore.formatted("p"))
                + ", -1 as sign from aid_pledge p where " + rows + " and " + countsBefore.formatted("p")
                + " and not exists (select 1 from aid_pledge parent where parent.id = p.parent_id and "
                + countsBefore.formatted("parent") + ")";
        apply(now + " union all " + then, Map.of("id", id, "before", before.name()));
    }

    /**
     * Rebuilds what a rate of {@code currency} loaded for {@code date} changes: the values of the days it is now in
     * force on (until the next rate of that currency), of pledges in that currency, or of all pledges with a value for
     * USD (their USD values), and the months and years holding those days. Needs the rate stored in this transaction.
     */
    public void rateLoaded(String currency, LocalDate date) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
        Object after = em.createNativeQuery("select min(date) from fx_rate where currency = :currency and date > :date")
                .setParameter("currency", currency).setParameter("date", date).getSingleResult();
        LocalDate next = after instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) after;
        String ofPledges = "USD".equals(currency) ? "p.value_currency is not null" : "p.value_currency = :currency";
        String ofRows = "USD".equals(currency) ? "currency <> ''" : "currency = :currency";
        Map<String, Object> params = "USD".equals(currency) ? Map.of() : Map.of("currency", currency);

        Map<String, Object> days = new HashMap<>(params);
        String inDays = within("p.announced_on", date, next, "day", days);
        execute("delete from aid_pledge_total where grain = 'day' and " + within("period", date, next, "day", days)
                + " and " + ofRows, days);
        execute("with " + FxRateRepository.RATES_IN_FORCE + " insert into aid_pledge_total (" + COLUMNS
                + ") select 'day', p.announced_on, p.donor, p.recipient, p.type, p.status,"
                + " coalesce(p.value_currency, ''), count(*), count(v.eur), coalesce(sum(v.eur), 0), count(v.usd),"
                + " coalesce(sum(v.usd), 0) from aid_pledge p" + VALUES + " where " + COUNTED + " and " + inDays
                + " and " + ofPledges + " group by 2, 3, 4, 5, 6, 7", days);

        TotalsGrain finer = TotalsGrain.DAY;
        for (TotalsGrain grain : List.of(TotalsGrain.MONTH, TotalsGrain.YEAR)) {
            Map<String, Object> periods = new HashMap<>(params);
            String rowsInPeriods = within("period", grain.start(date), next == null ? null : grain.startOnOrAfter(next),
                    "period", periods);
            periods.put("grain", grain.column);
            execute("delete from aid_pledge_total where grain = :grain and " + rowsInPeriods + " and " + ofRows,
                    periods);
            periods.put("finer", finer.column);
            execute("insert into aid_pledge_total (" + COLUMNS + ") select :grain,"
                    + " date_trunc(:grain, period::timestamp)::date, donor, recipient, type, status, currency,"
                    + " sum(pledges), sum(eur_valued), sum(eur), sum(usd_valued), sum(usd) from aid_pledge_total"
                    + " where grain = :finer and " + rowsInPeriods + " and " + ofRows + " group by 2, 3, 4, 5, 6, 7",
                    periods);
            finer = grain;
        }
    }

    /**
     * Sums in EUR or USD of the pledges that count, one per group of {@code grouping} (one group of all when null), in
     * the group key's order, read from the fewest stored periods that cover the filter's from/to window. The filter may
     * narrow by donor, recipient, type, status and announcement date only.
     */
    @SuppressWarnings("unchecked")
    public List<Totals.Group> totals(String currency, TotalsGrouping grouping, PledgeFilter filter) {
        if (filter.kind() != null || filter.eventIds() != null || filter.parentId() != null
                || filter.changedSince() != null) {
            throw new IllegalArgumentException("totals are kept by donor, recipient, type, status and date only");
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (filter.donor() != null) {
            where.add("t.donor = :donor");
            params.put("donor", filter.donor());
        }
        if (filter.recipient() != null) {
            where.add("t.recipient = :recipient");
            params.put("recipient", filter.recipient());
        }
        if (filter.type() != null) {
            where.add("t.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.status() != null) {
            where.add("t.status = :status");
            params.put("status", filter.status().name());
        }
        // A month key cannot be read from a year's row.
        List<TotalsGrain> grains = grouping == TotalsGrouping.MONTH ? List.of(TotalsGrain.MONTH, TotalsGrain.DAY)
                : List.of(TotalsGrain.YEAR, TotalsGrain.MONTH, TotalsGrain.DAY);
        List<TotalsGrain.Span> spans = TotalsGrain.cover(filter.from(),
                filter.to() == null ? null : filter.to().plusDays(1), grains);
        if (spans.isEmpty()) {
            return List.of();
        }
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            TotalsGrain.Span span = spans.get(i);
            params.put("grain" + i, span.grain().column);
            periods.add("(t.grain = :grain" + i + " and "
                    + within("t.period", span.from(), span.to(), "span" + i, params) + ")");
        }
        where.add("(" + String.join(" or ", periods) + ")");
        String of = "EUR".equals(currency) ? "eur" : "usd";
        String sql = "select " + groupKey(grouping) + " as key, sum(t.pledges) as n, sum(t." + of
                + "_valued) as valued, sum(t." + of + ") as total from aid_pledge_total t where "
                + String.join(" and ", where) + " group by 1";
        if (grouping == TotalsGrouping.MONTH) {
            // Summed per stored period first: a month's name is then spelt once per period, not once per row.
            sql = "select to_char(g.key, 'YYYY-MM'), sum(g.n), sum(g.valued), sum(g.total) from (" + sql
                    + ") g group by 1 having sum(g.n) > 0 order by 1";
        } else {
            sql += " having sum(t.pledges) > 0 order by 1";
        }
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            long n = ((Number) row[1]).longValue();
            long valued = ((Number) row[2]).longValue();
            return new Totals.Group((String) row[0], ((BigDecimal) row[3]).setScale(2), n, n - valued);
        }).toList();
    }

    /** The SQL of a group's key; by month, the period (a day or a month), named as its month once summed. */
    private static String groupKey(TotalsGrouping grouping) {
        if (grouping == null) {
            return "'all'";
        }
        return switch (grouping) {
        case DONOR -> "t.donor";
        case TYPE -> "t.type";
        case STATUS -> "t.status";
        case MONTH -> "t.period";
        };
    }

    /**
     * Adds the pledges {@code rows} selects (the columns of {@link #PLEDGE} and a {@code sign}, +1 to add, -1 to take
     * away) to every grain, netted per row of the totals, in key order.
     */
    private void apply(String rows, Map<String, Object> params) {
        execute("with " + FxRateRepository.RATES_IN_FORCE + " insert into aid_pledge_total as t (" + COLUMNS
                + ") select g.grain, date_trunc(g.grain, p.announced_on::timestamp)::date, p.donor, p.recipient,"
                + " p.type, p.status, coalesce(p.value_currency, ''), sum(p.sign),"
                + " coalesce(sum(p.sign) filter (where v.eur is not null), 0), coalesce(sum(p.sign * v.eur), 0),"
                + " coalesce(sum(p.sign) filter (where v.usd is not null), 0), coalesce(sum(p.sign * v.usd), 0)"
                + " from (" + rows + ") p" + VALUES
                + " cross join (values ('day'), ('month'), ('year')) g(grain) group by 1, 2, 3, 4, 5, 6, 7"
                + " having sum(p.sign) <> 0 or coalesce(sum(p.sign * v.eur), 0) <> 0"
                + " or coalesce(sum(p.sign * v.usd), 0) <> 0 order by 1, 2, 3, 4, 5, 6, 7 on conflict (" + KEY
                + ") do update set pledges = t.pledges + excluded.pledges,"
                + " eur_valued = t.eur_valued + excluded.eur_valued, eur = t.eur + excluded.eur,"
                + " usd_valued = t.usd_valued + excluded.usd_valued, usd = t.usd + excluded.usd", params);
    }

    private void lockShared() {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock_shared(" + LOCK + ")").getSingleResult();
    }

    private void execute(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.executeUpdate();
    }

    /**
     * {@code column} from {@code from} (inclusive) to {@code to} (exclusive), either null for no bound, as parameters
     * {@code nameFrom} and {@code nameTo}.
     */
    private static String within(String column, LocalDate from, LocalDate to, String name, Map<String, Object> params) {
        List<String> bounds = new ArrayList<>(List.of("true"));
        if (from != null) {
            bounds.add(column + " >= :" + name + "From");
            params.put(name + "From", from);
        }
        if (to != null) {
            bounds.add(column + " < :" + name + "To");
            params.put(name + "To", to);
        }
        return String.join(" and ", bounds);
    }
}
