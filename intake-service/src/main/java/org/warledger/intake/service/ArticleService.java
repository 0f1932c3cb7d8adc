package org.warledger.intake.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.warledger.intake.domain.Article;
import org.warledger.intake.domain.ArticleFilter;
import org.warledger.intake.domain.Candidate;
import org.warledger.intake.domain.CandidateStatus;
import org.warledger.intake.domain.NewArticle;
import org.warledger.intake.domain.Stored;
import org.warledger.intake.repository.ArticleRepository;
import org.warledger.intake.repository.CandidateRepository;
import org.warledger.intake.service.extraction.Draft;
import org.warledger.intake.service.extraction.Extractor;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.paging.Page;
import org.warledger.platform.paging.PageCursor;

/**
 * Stores articles and the candidates extracted from them, in one transaction: an article is never stored without its
 * candidates. The text is kept as posted (NFC, line ends made "\n"), or read from the HTML; the same text posted again
 * is the same article, answered as it is.
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private final ArticleRepository articles;
    private final CandidateRepository candidates;
    private final int maxText;
    private final int maxHtml;

    public ArticleService(ArticleRepository articles, CandidateRepository candidates,
            @ConfigProperty(name = "warledger.articles.max-text", defaultValue = "200000") int maxText,
            @ConfigProperty(name = "warledger.articles.max-html", defaultValue = "2000000") int maxHtml) {
        this.articles = articles;
        this.candidates = candidates;
        this.maxText = maxText;
        this.maxHtml = maxHtml;
    }

    /** Loads the language models at start-up, so that the first article does not wait for them. */
    void warmUp(@Observes StartupEvent started) {
        long begin = System.nanoTime();
        Extractor.extract("According to officials, 10 soldiers were killed.", LocalDate.of(2024, 1, 1));
        LOG.infof("extraction ready in %d ms", (System.nanoTime() - begin) / 1_000_000);
    }

    @Transactional
    public Stored submit(NewArticle input, String caller) {
        String title = input.title();
        String text = input.text();
        if (input.html() != null) {
            if (input.html().length() > maxHtml) {
                throw Refusals.tooLarge("html may hold at most " + maxHtml + " characters");
            }
            HtmlText.Page page = HtmlText.read(input.html());
            text = page.text();
            if (title == null || title.isBlank()) {
                title = page.title();
            }
        }
        if (text == null) {
            throw Refusals.badField("text", "send the article's text, or its html");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > maxText) {
            throw Refusals.tooLarge(
                    "an article's text may hold at most " + maxText + " characters (this one: " + text.length() + ")");
        }
        if (text.isBlank()) {
            throw Refusals.badField(input.html() != null ? "html" : "text", "holds no text");
        }
        if (title == null || title.isBlank()) {
            throw Refusals.badField("title", "must not be blank");
        }
        if (title.length() > 1000) {
            throw Refusals.badField("title", "size must be between 0 and 1000");
        }
        String hash = sha256(text);
        articles.lockHash(hash);
        Optional<Article> existing = articles.findByHash(hash);
        if (existing.isPresent()) {
            Article article = existing.get();
            return new Stored(article, candidates.counts(List.of(article.id)).getOrDefault(article.id, 0L), false);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.url = input.url();
        article.publisher = input.publisher();
        article.title = title.strip();
        article.publishedOn = input.publishedOn();
        article.retrievedOn = input.retrievedOn();
        article.language = input.language();
        article.text = text;
        article.contentHash = hash;
        article.createdAt = now;
        article.updatedAt = now;
        article.createdBy = caller;
        articles.persist(article);
        List<Draft> drafts = Extractor.extract(text, article.publishedOn);
        int ordinal = 0;
        for (Draft draft : drafts) {
            Candidate candidate = new Candidate();
            candidate.id = UUID.randomUUID();
            candidate.articleId = article.id;
            candidate.ordinal = ++ordinal;
            candidate.kind = draft.kind();
            candidate.proposed = draft.proposed().toString();
            candidate.spanStart = draft.start();
            candidate.spanEnd = draft.end();
            candidate.quote = text.substring(draft.start(), draft.end());
            candidate.evidence = draft.evidence();
            candidate.confidence = BigDecimal.valueOf(draft.confidence());
            candidate.reasons = draft.reasons();
            candidate.status = CandidateStatus.PROPOSED;
            candidate.createdAt = now;
            candidate.updatedAt = now;
            candidates.persist(candidate);
        }
        return new Stored(article, drafts.size(), true);
    }

    public Article get(UUID id) {
        return articles.findByIdOptional(id).orElseThrow(() -> Refusals.notFound("article " + id));
    }

    public List<Article> getMany(Collection<UUID> ids) {
        return articles.findMany(ids);
    }

    public Page<Article> list(ArticleFilter filter, PageCursor after, int limit) {
        PageCursor.Order order = orderOf(filter);
        List<Article> rows = articles.page(filter, order, after, limit);
        return Page.of(rows, limit,
                a -> new PageCursor(order,
                        order == PageCursor.Order.UPDATED ? a.updatedAt.toString() : a.publishedOn.toString(), a.id),
                a -> a);
    }

    public static PageCursor.Order orderOf(ArticleFilter filter) {
        return filter.changedSince() != null ? PageCursor.Order.UPDATED : PageCursor.Order.DATE;
    }

    public Map<UUID, Long> candidateCounts(Collection<UUID> ids) {
        return candidates.counts(ids);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
