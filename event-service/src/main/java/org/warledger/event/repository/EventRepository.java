package org.warledger.event.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.warledger.event.domain.Event;
import org.warledger.event.domain.EventFilter;
import org.warledger.event.domain.RecordStatus;
import org.warledger.platform.paging.PageCursor;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /**
     * One page of events in a stable keyset order, fetching one row more than asked so the caller knows whether a next
     * page exists. Native SQL because the text search and array filters use PostgreSQL operators backed by GIN indexes.
     */
    @SuppressWarnings("unchecked")
    public List<Event> page(EventFilter filter, PageCursor.Order order, PageCursor after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.add("e.status = :status");
            params.put("status", filter.status().name());
        } else if (filter.changedSince() == null) {
            where.add("e.status = :status");
            params.put("status", RecordStatus.ACTIVE.name());
        }
        if (filter.from() != null) {
            where.add("coalesce(e.end_date, e.date) >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.date <= :to");
            params.put("to", filter.to());
        }
        if (filter.type() != null) {
            where.add("e.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.actor() != null) {
            where.add("e.actors @> array[cast(:actor as text)]");
            params.put("actor", filter.actor());
        }
        if (filter.tag() != null) {
            where.add("e.tags @> array[cast(:tag as text)]");
            params.put("tag", filter.tag());
        }
        if (filter.country() != null) {
            where.add("e.location_country = :country");
            params.put("country", filter.country());
        }
        if (filter.q() != null) {
            where.add("e.search @@ websearch_to_tsquery('simple', :q)");
            params.put("q", filter.q());
        }
        if (filter.changedSince() != null) {
            where.add("e.updated_at > :changedSince");
            params.put("changedSince", filter.changedSince());
        }
        String orderBy;
        if (order == PageCursor.Order.DATE) {
            if (after != null) {
                where.add("(e.date, e.id) < (:afterKey, :afterId)");
                params.put("afterKey", after.dateKey());
                params.put("afterId", after.id());
            }
            orderBy = "e.date desc, e.id desc";
        } else {
            if (after != null) {
                where.add("(e.updated_at, e.id) > (:afterKey, :afterId)");
                params.put("afterKey", after.updatedKey());
                params.put("afterId", after.id());
            }
            orderBy = "e.updated_at, e.id";
        }
        String sql = "select e.* from event e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + orderBy + " limit :limit";
        Query query = getEntityManager().createNativeQuery(sql, Event.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        return query.getResultList();
    }

    public List<Event> findByIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    public Optional<Event> findByExternalKey(String externalKey) {
        return find("externalKey", externalKey).firstResultOptional();
    }
}
