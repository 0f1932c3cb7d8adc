package org.warledger.gateway.client;

import static org.warledger.gateway.client.FaultTolerance.CONCURRENT;
import static org.warledger.gateway.client.FaultTolerance.DELAY;
import static org.warledger.gateway.client.FaultTolerance.RATIO;
import static org.warledger.gateway.client.FaultTolerance.READ_TIMEOUT;
import static org.warledger.gateway.client.FaultTolerance.VOLUME;
import static org.warledger.gateway.client.FaultTolerance.WRITE_TIMEOUT;

import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.warledger.gateway.client.ServiceException.Rejected;
import org.warledger.gateway.client.ServiceReads.Query;

/**
 * intake-service, its articles and their candidates: reads behind a timeout, a circuit breaker and a bulkhead; writes
 * (a submitted article, a candidate accepted or rejected) behind a bulkhead and a longer timeout, never retried nor
 * counted by a breaker (see {@link EventServiceClient}). An acceptance creates the record in the owning service, so its
 * time includes that service's.
 */
@ApplicationScoped
public class IntakeServiceClient {

    public static final String NAME = "intake-service";

    /** The most candidates intake-service answers for one look-up of articles. */
    static final int MAX_CANDIDATES = 5000;

    private final IntakeRestClient client;
    private final Batches batches;
    private final ServiceReads.Service reads;
    private final ObjectReader articles;
    private final ObjectReader candidates;

    IntakeServiceClient(@RestClient IntakeRestClient client, Batches batches, ServiceReads reads) {
        this.client = client;
        this.batches = batches;
        this.reads = reads.service(NAME);
        this.articles = reads.pageOf(Wire.Article.class);
        this.candidates = reads.pageOf(Wire.Candidate.class);
    }

    /** Articles, without their text; from/to on publishedOn, changedSince an ISO instant. */
    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<Page<Wire.Article>> list(String from, String to, String publisher, String changedSince, int limit,
            String after) {
        return reads.get("/api/articles", new Query().add("from", from).add("to", to).add("publisher", publisher)
                .add("changedSince", changedSince).add("limit", limit).add("after", after), articles);
    }

    /** One article, with its text. */
    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Wire.Article get(String id) {
        return client.get(id);
    }

    /**
     * Every candidate of these articles, in as few calls as the batch limits allow. {@code articles} maps each
     * article's id to the number of candidates it has (null when not known): a call asks for articles of at most
     * {@value #MAX_CANDIDATES} candidates together, all the service answers at once.
     */
    @Timeout(READ_TIMEOUT)
    @CircuitBreaker(requestVolumeThreshold = VOLUME, failureRatio = RATIO, delay = DELAY, skipOn = Rejected.class)
    @Bulkhead(CONCURRENT)
    public Uni<List<Wire.Candidate>> byArticles(Map<String, Integer> articles) {
        List<List<String>> groups = groups(articles);
        if (groups.size() <= 1) {
            return batches.lookUp(groups.isEmpty() ? List.of() : groups.get(0), this::candidates);
        }
        List<Uni<List<Wire.Candidate>>> parts = new ArrayList<>();
        for (List<String> group : groups) {
            parts.add(batches.lookUp(group, this::candidates));
        }
        return Uni.join().all(parts).andFailFast().map(lists -> {
            List<Wire.Candidate> found = new ArrayList<>();
            lists.forEach(found::addAll);
            return found;
        });
    }

    /** Every candidate of these articles (comma-joined ids), in one page. */
    private Uni<Page<Wire.Candidate>> candidates(String articleIds) {
        return reads.get("/api/candidates", new Query().add("articleIds", articleIds), candidates);
    }

    /** The article ids in their order, cut into groups of at most {@value #MAX_CANDIDATES} candidates. */
    static List<List<String>> groups(Map<String, Integer> articles) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        long candidates = 0;
        for (Map.Entry<String, Integer> article : articles.entrySet()) {
            int count = article.getValue() == null ? 0 : Math.max(article.getValue(), 0);
            if (!group.isEmpty() && candidates + count > MAX_CANDIDATES) {
                groups.add(group);
                group = new ArrayList<>();
                candidates = 0;
            }
            group.add(article.getKey());
            candidates += count;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /** An article submitted; the same text again answers the article stored the first time. */
    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.Article submit(String authorization, Wire.ArticleInput input) {
        return client.submit(authorization, input);
    }

    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.Candidate accept(String authorization, String articleId, String id, Wire.AcceptanceInput input) {
        return client.accept(authorization, articleId, id, input);
    }

    @Timeout(WRITE_TIMEOUT)
    @Bulkhead(CONCURRENT)
    public Wire.Candidate reject(String authorization, String articleId, String id, Wire.RejectionInput input) {
        return client.reject(authorization, articleId, id, input);
    }
}
