package org.warledger.casualty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.ClaimFilter;
import org.warledger.casualty.domain.ClaimStatus;
import org.warledger.casualty.domain.SeriesQuery;
import org.warledger.casualty.domain.SummaryQuery;
import org.warledger.casualty.domain.UnlinkedName;
import org.warledger.platform.paging.PageCursor;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<CasualtyClaim, UUID> {

    /**
     * The claims as the ledger stood at {@code :knownAt}, in the columns of casualty_claim: each claim recorded by
     * then, in the revision in force then, linked to the identity it was linked to then, retracted only if it was by
     * then, at the version it had then (one more for each revision, retraction and re-link). Later changes are not
     * visible.
     */
    static final String KNOWN_AT = """
            (select c.id, c.claimant, l.claimant_id,
                    coalesce(l.claimant_id::text, 'name:' || c.claimant) as claimant_key,
                    c.subject, c.force, c.category, c.equipment_type,
                    r.figure_qualifier, r.figure_value, r.figure_low, r.figure_best, r.figure_high, r.figure_word,
                    c.scope_kind, c.scope_from, c.scope_to, r.as_of, r.stated_on, c.event_id, r.sources,
                    case when t.retracted then 'RETRACTED' else 'ACTIVE' end as status,
                    r.revision,
                    case when t.retracted then c.retraction_reason end as retraction_reason,
                    case when t.retracted then c.retracted_at end as retracted_at,
                    case when t.retracted then c.retracted_by end as retracted_by,
                    c.external_key, c.created_at, c.created_by,
                    (r.revision - 1) + case when t.retracted then 1 else 0 end
                        + (select count(*) from claimant_link m where m.claim_id = c.id
                           and m.how <> 'ON_CREATE' and m.recorded_at <= :knownAt) as version,
                    greatest(r.recorded_at, l.recorded_at, case when t.retracted then c.retracted_at end) as updated_at,
                    case when t.retracted and c.retracted_at >= greatest(r.recorded_at, l.recorded_at)
                         then c.retracted_by
                         when l.recorded_at > r.recorded_at then l.recorded_by
                         else r.recorded_by end as updated_by
               from casualty_claim c
               cross join lateral (select c.retracted_at is not null and c.retracted_at <= :knownAt as retracted) t
               join lateral (select * from casualty_claim_revision r
                              where r.claim_id = c.id and r.recorded_at <= :knownAt
                              order by r.revision desc limit 1) r on true
               left join lateral (select l.claimant_id, l.recorded_at, l.recorded_by from claimant_link l
                                   where l.claim_id = c.id and l.recorded_at <= :knownAt
                                   order by l.recorded_at desc limit 1) l on true
              where c.created_at <= :knownAt)""";

    /** The identities that speak for one of {@code :affiliations}, alone or jointly ("GB+US" speaks for US). */
    private static final String AFFILIATED = "select a.id from claimant a where exists (select 1 from"
            + " unnest(string_to_array(a.affiliation, '+')) party(code) where party.code in (:affiliations))";

    /** The relation claims are read from: the ledger as it is, or as it stood at an instant. */
    private static String claims(Instant knownAt) {
        return knownAt == null ? "casualty_claim" : KNOWN_AT;
    }

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
        if (filter.claimantId() != null) {
            where.add("c.claimant_id = :claimantId");
            params.put("claimantId", filter.claimantId());
        }
        if (filter.claimant() != null) {
            where.add("c.claimant_id is null and c.claimant = :claimant");
            params.put("claimant", filter.claimant());
        }
        if (filter.affiliation() != null) {
            where.add("c.claimant_id in (" + AFFILIATED + ")");
            params.put("affiliations", List.of(filter.affiliation()));
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
        String sql = "select c.* from " + claims(filter.knownAt()) + " c"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by " + orderBy
                + " limit :limit";
        Query query = claimQuery(sql, filter.knownAt());
        params.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        return query.getResultList();
    }

    /**
     * The latest active claim of each claimant identity (each written name without one) on one quantity as of a date:
     * same subject, category, equipment type and scope kind. Among a claimant's claims of the same as-of date, the one
     * stated last wins, then the one recorded last.
     */
    @SuppressWarnings("unchecked")
    public List<CasualtyClaim> latestPerClaimant(SummaryQuery quantity) {
        String where = "status = 'ACTIVE' and subject = :subject and category = :category and scope_kind = :scope"
                + " and as_of <= :asOf" + (quantity.equipmentType() == null ? " and equipment_type is null"
                        : " and equipment_type = :equipmentType");
        String latest = " order by as_of desc, stated_on desc nulls last, created_at desc";
        String sql;
        if (quantity.knownAt() == null) {
            // A loose index scan: one probe for each next claimant, then one for that claimant's latest claim, so the
            // cost grows with the number of claimants, not of claims. Each probe orders by the index's columns from
            // equipment_type on: PostgreSQL does not count "is null" as fixing a column, so ordering by claimant_key
            // alone would sort every claim of the quantity instead of reading one index entry.
            String next = " order by equipment_type, claimant_key limit 1";
            sql = "with recursive claimants(claimant_key) as ((select claimant_key from casualty_claim where " + where
                    + next + ") union all select (select c.claimant_key from casualty_claim c where " + where
                    + " and c.claimant_key > claimants.claimant_key" + next
                    + ") from claimants where claimants.claimant_key is not null)"
                    + " select latest.* from claimants cross join lateral (select * from casualty_claim where " + where
                    + " and claimant_key = claimants.claimant_key"
                    + latest.replace(" order by ", " order by equipment_type, claimant_key, ") + " limit 1) latest";
        } else {
            sql = "select distinct on (c.claimant_key) c.* from " + claims(quantity.knownAt()) + " c where " + where
                    + latest.replace(" order by ", " order by c.claimant_key, ");
        }
        Query query = claimQuery(sql, quantity.knownAt()).setParameter("subject", quantity.subject())
                .setParameter("category", quantity.category().name()).setParameter("scope", quantity.scope().name())
                .setParameter("asOf", quantity.asOf());
        if (quantity.equipmentType() != null) {
            query.setParameter("equipmentType", quantity.equipmentType().name());
        }
        return query.getResultList();
    }

    /**
     * Active claims on one quantity of the given identities, written names (without an identity) and affiliations,
     * oldest asOf first, at most {@code max}.
     */
    @SuppressWarnings("unchecked")
    public List<CasualtyClaim> series(SeriesQuery series, Set<UUID> identities, Set<String> writtenNames, int max) {
        List<String> who = new ArrayList<>();
        if (!identities.isEmpty()) {
            who.add("c.claimant_id in (:identities)");
        }
        if (!writtenNames.isEmpty()) {
            who.add("(c.claimant_id is null and c.claimant in (:names))");
        }
        if (!series.affiliations().isEmpty()) {
            who.add("c.claimant_id in (" + AFFILIATED + ")");
        }
        if (who.isEmpty()) {
            return List.of();
        }
        String sql = "select c.* from " + claims(series.knownAt()) + " c where c.status = 'ACTIVE'"
                + " and c.subject = :subject and c.category = :category"
                + (series.equipmentType() == null ? "" : " and c.equipment_type = :equipmentType")
                + (series.scope() == null ? "" : " and c.scope_kind = :scope") + " and (" + String.join(" or ", who)
                + ") order by c.as_of, c.id limit :max";
        Query query = claimQuery(sql, series.knownAt()).setParameter("subject", series.subject())
                .setParameter("category", series.category().name()).setParameter("max", max);
        if (series.equipmentType() != null) {
            query.setParameter("equipmentType", series.equipmentType().name());
        }
        if (series.scope() != null) {
            query.setParameter("scope", series.scope().name());
        }
        if (!identities.isEmpty()) {
            query.setParameter("identities", identities);
        }
        if (!writtenNames.isEmpty()) {
            query.setParameter("names", writtenNames);
        }
        if (!series.affiliations().isEmpty()) {
            query.setParameter("affiliations", series.affiliations());
        }
        return query.getResultList();
    }

    /** One claim as the ledger stood at an instant: absent when it was not recorded yet. */
    @SuppressWarnings("unchecked")
    public Optional<CasualtyClaim> findKnownAt(UUID id, Instant knownAt) {
        List<CasualtyClaim> rows = claimQuery("select c.* from " + claims(knownAt) + " c where c.id = :id", knownAt)
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst();
    }

    /** Written claimants that no identity stands for, most claims first, at most {@code max}. */
    @SuppressWarnings("unchecked")
    public List<UnlinkedName> unlinkedNames(int max) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select claimant, count(*), max(as_of)"
                + " from casualty_claim where claimant_id is null group by claimant"
                + " order by count(*) desc, claimant limit :max").setParameter("max", max).getResultList();
        return rows.stream().map(r -> new UnlinkedName((String) r[0], ((Number) r[1]).longValue(),
                r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2])).toList();
    }

    /** The distinct written claimants of the claims that no identity stands for. */
    @SuppressWarnings("unchecked")
    public List<String> unlinkedWrittenNames() {
        return getEntityManager()
                .createNativeQuery("select distinct claimant from casualty_claim where claimant_id is null")
                .getResultList();
    }

    /**
     * Links every claim without an identity whose written claimant is one of {@code names} to {@code identity} (one
     * more version each), returning their ids.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> linkUnlinked(Collection<String> names, UUID identity, Instant at, String user) {
        if (names.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("update casualty_claim set claimant_id = :identity,"
                        + " version = version + 1, updated_at = :at, updated_by = :user"
                        + " where claimant_id is null and claimant in (:names) returning id", UUID.class)
                .setParameter("identity", identity).setParameter("at", at).setParameter("user", user)
                .setParameter("names", names).getResultList();
    }

    public List<CasualtyClaim> findByIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** Some claims as the ledger stood at an instant; those not recorded by then are absent. */
    @SuppressWarnings("unchecked")
    public List<CasualtyClaim> findByIdsKnownAt(Collection<UUID> ids, Instant knownAt) {
        return claimQuery("select c.* from " + claims(knownAt) + " c where c.id in (:ids)", knownAt)
                .setParameter("ids", ids).getResultList();
    }

    public Optional<CasualtyClaim> findByExternalKey(String externalKey) {
        return find("externalKey", externalKey).firstResultOptional();
    }

    /**
     * A native query for claims. Claims as known at an instant are past states: read-only, so that nothing is ever
     * written back from them.
     */
    private Query claimQuery(

            String sql, Instant knownAt) {
        Query query = getEntityManager().createNativeQuery(sql, CasualtyClaim.class);
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt).setHint(HibernateHints.HINT_READ_ONLY, true);
        }
        return query;
    }
}
