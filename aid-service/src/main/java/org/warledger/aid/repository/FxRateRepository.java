package org.warledger.aid.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.warledger.aid.domain.FxRate;

@ApplicationScoped
public class FxRateRepository implements PanacheRepositoryBase<FxRate, UUID> {

    /**
     * The one definition of "the rate on or before a date": a rate holds from its date until the day before the next
     * rate of its currency, so the rate in force on a date is the latest loaded on or before it. This common table
     * expression, {@code rate}, lists every rate with the day its span ends ({@code valid_to}, exclusive; null for the
     * latest); {@link #rateInForce} joins the one in force. Joining on spans finds the rate of many pledges in one
     * pass, whatever their number.
     */
    static final String RATES_IN_FORCE = "rate as (select currency, per_eur, date, source,"
            + " lead(date) over (partition by currency order by date) as valid_to from fx_rate)";

    /**
     * Joins, as {@code alias}, the rate of {@code currency} in force on {@code date} (SQL expressions of the query), or
     * nulls when none had been loaded by then. Needs {@link #RATES_IN_FORCE} in the query's {@code with} clause.
     */
    static String rateInForce(String alias, String currency, String date) {
        return " left join rate " + alias + " on " + alias + ".currency = " + currency + " and " + date + " >= " + alias
                + ".date and (" + alias + ".valid_to is null or " + date + " < " + alias + ".valid_to)";
    }

    public boolean exists(String currency, LocalDate date) {
        return count("currency = ?1 and date = ?2", currency, date) > 0;
    }

    public List<FxRate> search(String currency, LocalDate from, LocalDate to, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (currency != null) {
            query.append(" and currency = :currency");
            params.put("currency", currency);
        }
        if (from != null) {
            query.append(" and date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and date <= :to");
            params.put("to", to);
        }
        return find(query.toString(), Sort.by("date", Sort.Direction.Descending).and("currency"), params)
                .range(0, limit - 1).list();
    }
}
