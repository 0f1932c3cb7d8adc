package org.warledger.casualty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.warledger.casualty.domain.Claimant;
import org.warledger.casualty.domain.ClaimantAlias;
import org.warledger.casualty.domain.ClaimantKind;
import org.warledger.platform.paging.PageCursor;

@ApplicationScoped
public class ClaimantRepository implements PanacheRepositoryBase<Claimant, UUID> {

    /** Claimants by name (then id), one more than {@code limit}, optionally of one kind or speaking for one party. */
    public List<Claimant> page(ClaimantKind kind, String affiliation, UUID parentId, PageCursor after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        if (affiliation != null) {
            // The whole affiliation or one party of a joint one.
            where.add("(affiliation = :affiliation or affiliation like :first or affiliation like :last"
                    + " or affiliation like :middle)");
            params.put("affiliation", affiliation);
            params.put("first", affiliation + "+%");
            params.put("last", "%+" + affiliation);
            params.put("middle", "%+" + affiliation + "+%");
        }
        if (parentId != null) {
            where.add("parentId = :parentId");
            params.put("parentId", parentId);
        }
        if (after != null) {
            where.add("(name > :afterName or (name = :afterName and id > :afterId))");
            params.put("afterName", after.key());
            params.put("afterId", after.id());
        }
        return find(String.join(" and ", where.isEmpty() ? List.of("true") : where) + " order by name, id", params)
                .range(0, limit - 1).list();
    }

    /** The claimant one of whose names has this lookup key. */
    public Optional<Claimant> findByAliasKey(String key) {
        ClaimantAlias alias = getEntityManager().find(ClaimantAlias.class, key);
        return alias == null ? Optional.empty() : findByIdOptional(alias.claimantId);
    }

    /** The claimant ids of the given lookup keys, by key; keys no claimant has are absent. */
    public Map<String, UUID> idsByAliasKey(Collection<String> keys) {
        Map<String, UUID> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            getEntityManager().createQuery("select a from ClaimantAlias a where a.key in :keys", ClaimantAlias.class)
                    .setParameter("keys", keys).getResultList().forEach(a -> ids.put(a.key, a.claimantId));
        }
        return ids;
    }

    public List<ClaimantAlias> aliasesOf(UUID claimantId) {
        return getEntityManager()
                .createQuery("select a from ClaimantAlias a where a.claimantId = :id", ClaimantAlias.class)
                .setParameter("id", claimantId).getResultList();
    }

    public void persistAlias(ClaimantAlias alias) {
        getEntityManager().persist(alias);
    }

    public void removeAlias(ClaimantAlias alias) {
        getEntityManager().remove(alias);
    }

    public List<Claimant> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
