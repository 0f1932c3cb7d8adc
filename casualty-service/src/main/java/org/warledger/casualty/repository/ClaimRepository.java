package org.warledger.casualty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.ClaimFilter;
import org.warledger.casualty.domain.ClaimStatus;
import org.warledger.casualty.domain.SeriesQuery;
import org.warledger.casualty.domain.SummaryQuery;
import org.warledger.platform.paging.PageCursor;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<CasualtyClaim, UUID> {

    /** One page in a stable keyset order, one row more than asked so the caller knows whether another page exists. */
    @SuppressWarnings("unchecked")
    public List<CasualtyClaim> page(ClaimFilter filter, PageCursor.Order order, PageCursor after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.add("c.status = :status");
            params.put("status", filter.status().name());
        } else if (filter.changedSince() == null) {
            where.add("c.status = :status");
            params.put("status", ClaimStatus.ACTIVE.name());
        }
        if (filter.subject() != null) {
            where.add("c.subject = :subject");
            params.put("subject", filter.subject());
        }
        if (filter.category() != null) {
            where.add("c.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.equipmentType() != null) {
            where.add("c.equipment_type = :equipmentType");
            params.put("equipmentType", filter.equipmentType().name());
        }
        if (filter.scope() != null) {
            where.add("c.scope_kind = :scope");
            params.put("scope", filter.scope().name());
        }
        if (filter.claimant() != null) {
            where.add("c.claimant = :claimant");
            params.put("claimant", filter.claimant());
        }
        if (filter.eventIds() != null) {
            where.add("c.event_id in (:eventIds)");
            params.put("eventIds", filter.eventIds());
        }
        if (filter.from() != null) {
            where.add("c.as_of >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("c.as_of <= :to");
            params.put("to", filter.to());
        }
        if (filter.changedSince() != null) {
            where.add("c.updated_at > :changedSince");
            params.put("changedSince", filter.changedSince());
        }
        String orderBy;
        if (order == PageCursor.Order.DATE) {
            if (after != null) {
                where.add("(c.as_of, c.id) < (:afterKey, :afterId)");
                params.put("afterKey", after.dateKey());
                params.put("afterId", after.id());
            }
            orderBy = "c.as_of desc, c.id desc";
        } else {
            if (after != null) {
                where.add("(c.updated_at, c.id) > (:afterKey, :afterId)");
                params.put("afterKey", after.updatedKey());
                params.put("afterId", after.id());
            }
            orderBy = "c.updated_at, c.id";
        }
        String sql = "select c.* from casualty_claim c"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by " + orderBy
                + " limit :limit";
        Query query = getEntityManager().createNativeQuery(sql, CasualtyClaim.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        return query.getResultList();
    }

    /**
     * The latest active claim of each claimant on one quantity as of a date: same subject, category, equipment type and
     * scope kind. Among a claimant's claims of the same as-of date, the one stated last wins.
     */
    @SuppressWarnings("unchecked")
    public List<CasualtyClaim> latestPerClaimant(SummaryQuery quantity) {
        // A loose index scan: one probe for each next claimant, then one for that claimant's latest claim, so the
        // cost grows with the number of claimants, not of claims.
        String where = "status = 'ACTIVE' and subject = :subject and category = :category and scope_kind = :scope"
                + " and as_of <= :asOf" + (quantity.equipmentType() == null ? " and equipment_type is null"
                        : " and equipment_type = :equipmentType");
        String sql = "with recursive claimants(claimant) as (" + " select min(claimant) from casualty_claim where "
                + where + " union all select (select min(claimant) from casualty_claim where " + where
                + " and claimant > claimants.claimant) from claimants where claimants.claimant is not null)"
                + " select latest.* from claimants cross join lateral (select * from casualty_claim where " + where
                + " and claimant = claimants.claimant"
                + " order by as_of desc, stated_on desc nulls last, created_at desc limit 1) latest";
        Query query = getEntityManager().createNativeQuery(sql, CasualtyClaim.class)
                .setParameter("subject", quantity.subject()).setParameter("category", quantity.category().name())
                .setParameter("scope", quantity.scope().name()).setParameter("asOf", quantity.asOf());
        if (quantity.equipmentType() != null) {
            query.setParameter("equipmentType", quantity.equipmentType().name());
        }
        return query.getResultList();
    }

    /** One claimant's active claims on one quantity, oldest first, at most {@code max}. */
    public List<CasualtyClaim> series(SeriesQuery series, int max) {
        StringBuilder query = new StringBuilder(
                "status = :status and subject = :subject and category = :category and claimant = :claimant");
        Map<String, Object> params = new HashMap<>(Map.of("status", ClaimStatus.ACTIVE, "subject", series.subject(),
                "category", series.category(), "claimant", series.claimant()));
        if (series.equipmentType() != null) {
            query.append(" and equipmentType = :equipmentType");
            params.put("equipmentType", series.equipmentType());
        }
        if (series.scope() != null) {
            query.append(" and scope.kind = :scope");
            params.put("scope", series.scope());
        }
        return find(query.toString(), Sort.by("asOf").and("id"), params).range(0, max - 1).list();
    }

    public List<CasualtyClaim> findByIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    public Optional<CasualtyClaim> findByExternalKey(String externalKey) {
        return find("externalKey", externalKey).firstResultOptional();
    }
}
