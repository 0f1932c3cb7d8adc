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
