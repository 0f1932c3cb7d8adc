package org.warledger.intake.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.warledger.intake.domain.Article;
import org.warledger.intake.domain.Candidate;
import org.warledger.intake.domain.NewArticle;

/** Between the API's shapes and the domain's. */
@ApplicationScoped
public class IntakeMapper {

    private final ObjectMapper json;

    public IntakeMapper(ObjectMapper json) {
        this.json = json;
    }

    public NewArticle toNewArticle(ArticleInput input) {
        return new NewArticle(input.url(), input.publisher(), input.title(), input.publishedOn(), input.retrievedOn(),
                input.language(), input.text(), input.html());
    }

    public ArticleView toView(Article a, long candidateCount, boolean withText) {
        return new ArticleView(a.id, a.url, a.publisher, a.title, a.publishedOn, a.retrievedOn, a.language,
                withText ? a.text : null, a.contentHash, candidateCount, a.version, a.createdAt, a.updatedAt,
                a.createdBy);
    }

    public List<ArticleView> toViews(List<Article> articles, Map<java.util.UUID, Long> counts) {
        return articles.stream().map(a -> toView(a, counts.getOrDefault(a.id, 0L), false)).toList();
    }

    public CandidateView toView(Candidate c) {
        return new CandidateView(c.id, c.articleId, c.kind, read(c.proposed),
                new CandidateView.Span(c.spanStart, c.spanEnd), c.quote, c.evidence, c.confidence, c.reasons, c.status,
                c.recordId, c.accepted == null ? null : read(c.accepted), c.rejectionReason, c.reviewedBy, c.reviewedAt,
                c.version, c.createdAt, c.updatedAt);
    }

    public List<CandidateView> toCandidateViews(List<Candidate> candidates) {
        return candidates.stream().map(this::toView).toList();
    }

    /** A reviewer's edits as the JSON tree the review works on. */
    public JsonNode toTree(Map<String, Object> edits) {
        return edits == null ? null : json.valueToTree(edits);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored candidate is not JSON", e);
        }
    }
}
