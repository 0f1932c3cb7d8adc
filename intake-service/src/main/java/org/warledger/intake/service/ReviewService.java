package org.warledger.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.warledger.intake.client.OwningServices;
import org.warledger.intake.domain.Article;
import org.warledger.intake.domain.Candidate;
import org.warledger.intake.domain.CandidateKind;
import org.warledger.intake.domain.CandidateStatus;
import org.warledger.intake.repository.ArticleRepository;
import org.warledger.intake.repository.CandidateRepository;
import org.warledger.platform.failure.Refusals;

/**
 * Reading and reviewing candidates. Accepting one creates its record in the owning service through that service's
 * public API, with the caller's token, the reviewer's edits (a JSON merge patch over the proposed fields), an
 * externalKey of article and candidate, and the article with the candidate's quote as its source; only then is the
 * candidate marked ACCEPTED with the record's id. Accepting it again answers the same candidate and creates nothing; a
 * refusal leaves it PROPOSED.
 */
@ApplicationScoped
public class ReviewService {

    private static final int MAX_EDITS = 64 * 1024;

    private final ArticleRepository articles;
    private final CandidateRepository candidates;
    private final OwningServices owners;
    private final ObjectMapper json;

    public ReviewService(ArticleRepository articles, CandidateRepository candidates, OwningServices owners,
            ObjectMapper json) {
        this.articles = articles;
        this.candidates = candidates;
        this.owners = owners;
        this.json = json;
    }

    public List<Candidate> ofArticle(UUID articleId, CandidateStatus status, CandidateKind kind, int afterOrdinal,
            int limit) {
        article(articleId);
        return candidates.ofArticle(articleId, status, kind, afterOrdinal, limit + 1);
    }

    public List<Candidate> ofArticles(Collection<UUID> articleIds, int limit) {
        return candidates.ofArticles(articleIds, limit);
    }

    public Candidate get(UUID articleId, UUID id) {
        return candidates.ofArticle(articleId, id)
                .orElseThrow(() -> Refusals.notFound("candidate " + id + " of article " + articleId));
    }

    /** Accepts a candidate; see the class comment. Runs outside a transaction: the owning service is called first. */
    public Candidate accept(UUID articleId, UUID id, JsonNode edits, String caller, String bearerToken) {
        if (edits != null && !edits.isNull() && !edits.isObject()) {
            throw Refusals.badField("edits", "must be a JSON object (a merge patch over the proposed fields)");
        }
        if (edits != null && edits.toString().length() > MAX_EDITS) {
            throw Refusals.tooLarge("edits may hold at most " + MAX_EDITS + " characters");
        }
        Article article = article(articleId);
        Candidate candidate = get(articleId, id);
        if (candidate.status == CandidateStatus.ACCEPTED) {
            return candidate;
        }
        if (candidate.status == CandidateStatus.REJECTED) {
            throw Refusals.conflict("candidate " + id + " was rejected: " + candidate.rejectionReason);
        }
        ObjectNode record = (ObjectNode) read(candidate.proposed);
        if (edits != null && edits.isObject()) {
            merge(record, edits);
        }
        for (String reserved : List.of("externalKey", "sources")) {
            if (edits != null && edits.has(reserved)) {
                throw Refusals.badField("edits." + reserved, "is set from the article and the candidate");
            }
        }
        record.put("externalKey", "intake-" + articleId + "-" + id);
        ArrayNode sources = record.putArray("sources");
        ObjectNode source = sources.addObject();
        putIfPresent(source, "url", article.url);
        putIfPresent(source, "publisher", article.publisher);
        putIfPresent(source, "title", article.title);
        putIfPresent(source, "publishedOn", article.publishedOn == null ? null : article.publishedOn.toString());
        putIfPresent(source, "retrievedOn", article.retrievedOn == null ? null : article.retrievedOn.toString());
        source.put("quote", candidate.quote);
        UUID recordId = owners.create(candidate.kind, record, bearerToken);
        return markAccepted(articleId, id, recordId, record.toString(), caller);
    }

    @Transactional
    Candidate markAccepted(UUID articleId, UUID id, UUID recordId, String accepted, String caller) {
        Candidate candidate = candidates.lockedOfArticle(articleId, id)
                .orElseThrow(() -> Refusals.notFound("candidate " + id + " of article " + articleId));
        if (candidate.status == CandidateStatus.PROPOSED) {
            candidate.status = CandidateStatus.ACCEPTED;
            candidate.recordId = recordId;
            candidate.accepted = accepted;
            reviewed(candidate, caller);
        }
        return candidate;
    }

    @Transactional
    public Candidate reject(UUID articleId, UUID id, String reason, String caller) {
        Candidate candidate = candidates.lockedOfArticle(articleId, id)
                .orElseThrow(() -> Refusals.notFound("candidate " + id + " of article " + articleId));
        if (candidate.status == CandidateStatus.ACCEPTED) {
            throw Refusals.conflict("candidate " + id + " was accepted as record " + candidate.recordId);
        }
        if (candidate.status == CandidateStatus.PROPOSED) {
            candidate.status = CandidateStatus.REJECTED;
            candidate.rejectionReason = reason;
            reviewed(candidate, caller);
        }
        return candidate;
    }

    /**
     * Marks a candidate reviewed. The review changes what the article's list shows, so the article appears in a
     * changedSince feed: its updatedAt moves forward by a plain update, not through its version, so that reviews of two
     * candidates of one article at once never collide.
     */
    private void reviewed(Candidate candidate, String caller) {
        candidate.reviewedBy = caller;
        candidate.reviewedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        candidate.updatedAt = candidate.reviewedAt;
        articles.touch(candidate.articleId, candidate.reviewedAt);
    }

    private Article article(UUID articleId) {
        return articles.findByIdOptional(articleId).orElseThrow(() -> Refusals.notFound("article " + articleId));
    }

    /** RFC 7386: objects merge member by member, null removes, anything else replaces. */
    static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode inner) {
                merge(inner, value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored candidate is not JSON", e);
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
