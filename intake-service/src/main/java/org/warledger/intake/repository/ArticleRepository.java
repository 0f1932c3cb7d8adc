package org.warledger.intake.repository;

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
import org.warledger.intake.domain.Article;
import org.warledger.intake.domain.ArticleFilter;
import org.warledger.platform.paging.PageCursor;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** Makes concurrent posts of one text take turns until this transaction ends, so only one stores it. */
    public void lockHash(String contentHash) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:hash, 0))")
                .setParameter("hash", contentHash).getSingleResult();
    }

    /** Moves the article's updatedAt forward to {@code when}, without its version (its text never changes). */
    public void touch(UUID id, java.time.Instant when) {
        update("updatedAt = ?1 where id = ?2 and updatedAt < ?1", when, id);
    }

    public Optional<Article> findByHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    /** One page in a stable keyset order, one row more than asked so the caller knows whether another page exists. */
    @SuppressWarnings("unchecked")
    public List<Article> page(ArticleFilter filter, PageCursor.Order order, PageCursor after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.publisher() != null) {
            where.add("lower(a.publisher) = lower(:publisher)");
            params.put("publisher", filter.publisher());
        }
        if (filter.from() != null) {
            where.add("a.published_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("a.published_on <= :to");
            params.put("to", filter.to());
        }
        String orderBy;
        if (order == PageCursor.Order.UPDATED) {
            if (filter.changedSince() != null) {
                where.add("a.updated_at > :changedSince");
                params.put("changedSince", filter.changedSince());
            }
            if (after != null) {
                where.add("(a.updated_at, a.id) > (:afterKey, :afterId)");
                params.put("afterKey", after.updatedKey());
                params.put("afterId", after.id());
            }
            orderBy = "a.updated_at, a.id";
        } else {
            if (after != null) {
                where.add("(a.published_on, a.id) < (:afterKey, :afterId)");
                params.put("afterKey", after.dateKey());
                params.put("afterId", after.id());
            }
            orderBy = "a.published_on desc, a.id desc";
        }
        String sql = "select a.* from article a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + orderBy + " limit :limit";
        Query query = getEntityManager().createNativeQuery(sql, Article.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        return query.getResultList();
    }

    public List<Article> findMany(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
