package org.warledger.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.warledger.intake.domain.Candidate;
import org.warledger.intake.domain.CandidateKind;
import org.warledger.intake.domain.CandidateStatus;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /** An article's candidates in text order after {@code afterOrdinal}, one more than {@code limit}. */
    public List<Candidate> ofArticle(UUID articleId, CandidateStatus status, CandidateKind kind, int afterOrdinal,
            int limit) {
        StringBuilder query = new StringBuilder("articleId = :article and ordinal > :after");
        Parameters parameters = Parameters.with("article", articleId).and("after", afterOrdinal);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        return find(query + " order by ordinal", parameters).range(0, limit).list();
    }

    /** Every candidate of these articles, in article then text order, at most {@code limit}. */
    public List<Candidate> ofArticles(Collection<UUID> articleIds, int limit) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return find("articleId in ?1 order by articleId, ordinal", articleIds).range(0, limit - 1).list();
    }

    public Optional<Candidate> ofArticle(UUID articleId, UUID id) {
        return find("id = ?1 and articleId = ?2", id, articleId).firstResultOptional();
    }

    /** The candidate, locked until the transaction ends, so that two reviews of it take turns. */
    public Optional<Candidate> lockedOfArticle(UUID articleId, UUID id) {
        return find("id = ?1 and articleId = ?2", id, articleId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** How many candidates each of these articles has. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> counts(Collection<UUID> articleIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery(
                "select c.articleId, count(c) from Candidate c where c.articleId in :ids" + " group by c.articleId")
                .setParameter("ids", articleIds).getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
