package org.warledger.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warledger.gateway.IntakeFixtures.articleId;
import static org.warledger.gateway.IntakeFixtures.candidateId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * intake-service's articles and candidates through the gateway: the connection, one article with its text, candidates
 * batched per level with the records accepted from them read from the owning services' batch look-ups, and what the
 * fake intake-service received for each.
 */
@QuarkusTest
class IntakeArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Articles, their candidates, the records accepted from them, and the events of the claims recorded. */
    private static final String REVIEW_PAGE = """
            query($first: Int) {
              articles(first: $first) {
                edges { node {
                  id title candidateCount
                  candidates {
                    id kind status recordId
                    casualtyClaim { id claimant event { id } }
                    aidPledge { id title }
                    event { id title }
                  }
                } }
              }
            }
            """;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static FakeServices.Request onlyRequest(String path) {
        List<FakeServices.Request> sent = FakeServices.intakeRequests(path);
        assertEquals(1, sent.size(), path + ": " + FakeServices.INTAKE);
        return sent.get(0);
    }

    @Test
    void articlesAreAConnectionOverIntakeServicesPagesWithTheFiltersPassedOn() throws Exception {
        String page = """
                query($after: String) {
                  articles(first: 2, after: $after, from: "2024-10-05", to: "2024-10-25", publisher: "The Independent",
                           changedSince: "2024-11-01T00:00:00Z") {
                    edges { cursor node { id title publisher publishedOn retrievedOn language text contentHash
                                          candidateCount version createdAt updatedAt createdBy url } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """;
        String endCursor = GatewayTest.graphql(page).body("errors", nullValue())
                .body("data.articles.edges.node.id", contains(articleId(24), articleId(22)))
                .body("data.articles.edges[0].node.title", equalTo("Report 24"))
                .body("data.articles.edges[0].node.publisher", equalTo("The Independent"))
                .body("data.articles.edges[0].node.publishedOn", equalTo(FakeServices.day(24)))
                .body("data.articles.edges[0].node.retrievedOn", equalTo(FakeServices.day(25)))
                .body("data.articles.edges[0].node.language", equalTo("en"))
                .body("data.articles.edges[0].node.url", equalTo("https://news.example/articles/24"))
                .body("data.articles.edges[0].node.candidateCount", equalTo(4))
                .body("data.articles.edges[0].node.version", equalTo(0))
                .body("data.articles.edges[0].node.createdAt", equalTo("2024-11-20T10:00:00Z"))
                .body("data.articles.edges[0].node.createdBy", equalTo("editor"))
                .body("data.articles.edges.node.text", everyItem(nullValue()))
                .body("data.articles.pageInfo.hasNextPage", equalTo(true)).extract()
                .path("data.articles.pageInfo.endCursor");
        Map<String, List<String>> filters = Map.of("from", List.of("2024-10-05"), "to", List.of("2024-10-25"),
                "publisher", List.of("The Independent"), "changedSince", List.of("2024-11-01T00:00:00Z"));
        Map<String, List<String>> first = new java.util.HashMap<>(filters);
        first.put("limit", List.of("2"));
        assertEquals(first, onlyRequest("articles").query());
        JsonNode wrapped = JSON.readTree(Base64.getUrlDecoder().decode(endCursor));
        assertEquals("articles", wrapped.get("connection").asText());
        assertEquals("article-after-22", wrapped.get("after").asText(), "the service's own cursor, as sent");

        FakeServices.reset();
        GatewayTest.graphql(page, Map.of("after", endCursor), null).body("errors", nullValue())
                .body("data.articles.edges.node.id", contains(articleId(20), articleId(18)));
        Map<String, List<String>> next = new java.util.HashMap<>(first);
        next.put("after", List.of("article-after-22"));
        assertEquals(next, onlyRequest("articles").query());
    }

    @Test
    void anArticleHasItsTextAndItsCandidatesInTextOrderWithSpansIntoThatText() {
        int i = 7;
        var answer = GatewayTest.graphql("""
                { article(id: "%s") {
                    id text contentHash
                    candidates { id articleId kind status quote span { start end } confidence reasons
                                 evidence { field start end rule } recordId reviewedBy reviewedAt version
                                 rejectionReason createdAt updatedAt proposedJson }
                } }
                """.formatted(articleId(i))).body("errors", nullValue())
                .body("data.article.text", equalTo(IntakeFixtures.text(i)))
                .body("data.article.candidates.id",
                        contains(candidateId(i, 1), candidateId(i, 2), candidateId(i, 3), candidateId(i, 4)))
                .body("data.article.candidates.kind",
                        contains("CASUALTY_CLAIM", "AID_PLEDGE", "EVENT", "CASUALTY_CLAIM"))
                .body("data.article.candidates.status", contains("ACCEPTED", "ACCEPTED", "ACCEPTED", "PROPOSED"))
                .body("data.article.candidates.articleId", everyItem(equalTo(articleId(i))))
                .body("data.article.candidates[0].recordId", equalTo(FakeServices.claimId(i)))
                .body("data.article.candidates[0].evidence[0].field", equalTo("figure.value"))
                .body("data.article.candidates[0].evidence[0].rule", equalTo("number"))
                .body("data.article.candidates[0].confidence", equalTo(0.85f))
                .body("data.article.candidates[0].reasons", contains("claimant from attribution 'According to'"))
                .body("data.article.candidates[0].reviewedAt", equalTo("2024-11-21T11:00:00Z"))
                .body("data.article.candidates[3].recordId", nullValue())
                .body("data.article.candidates[3].reviewedBy", nullValue()).extract();
        String text = answer.path("data.article.text");
        List<Map<String, Object>> candidates = answer.path("data.article.candidates");
        int previous = -1;
        for (Map<String, Object> candidate : candidates) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> span = (Map<String, Integer>) candidate.get("span");
            assertEquals(candidate.get("quote"), text.substring(span.get("start"), span.get("end")),
                    "a quote is its span of the text, in UTF-16 offsets");
            assertEquals(true, span.get("start") > previous, "text order");
            previous = span.get("start");
        }
        Integer evidenceStart = answer.path("data.article.candidates[0].evidence[0].start");
        Integer evidenceEnd = answer.path("data.article.candidates[0].evidence[0].end");
        assertEquals(String.valueOf(1000 + i), text.substring(evidenceStart, evidenceEnd));
        assertEquals(Map.of(), onlyRequest("articles/" + articleId(i)).query());
        assertEquals(Map.of("articleIds", List.of(articleId(i))), onlyRequest("candidates").query());
        assertEquals(2, FakeServices.calls("intake-service"));
    }

    @Test
    void aCandidatesProposedRecordIsItsJsonAndATypedViewOfItsKind() throws Exception {
        var answer = GatewayTest.graphql("""
                { article(id: "%s") { candidates {
                    kind proposedJson
                    proposedCasualtyClaim { claimant subject category equipmentType figure { qualifier value }
                                            scope { kind from to } asOf statedOn force }
                    proposedAidPledge { title donor recipient kind type status announcedOn
                                        value { amount currency qualifier } items { name category quantity } }
                    proposedEvent { title type date datePrecision actors location { name country } summary }
                } } }
                """.formatted(articleId(5))).body("errors", nullValue())
                .body("data.article.candidates[0].proposedCasualtyClaim.claimant", equalTo("Ukrainian General Staff"))
                .body("data.article.candidates[0].proposedCasualtyClaim.category", equalTo("KILLED_OR_WOUNDED"))
                .body("data.article.candidates[0].proposedCasualtyClaim.figure.qualifier", equalTo("MORE_THAN"))
                .body("data.article.candidates[0].proposedCasualtyClaim.figure.value", equalTo(1005))
                .body("data.article.candidates[0].proposedCasualtyClaim.scope.kind", equalTo("INTERVAL"))
                .body("data.article.candidates[0].proposedCasualtyClaim.asOf", equalTo(FakeServices.day(5)))
                .body("data.article.candidates[0].proposedAidPledge", nullValue())
                .body("data.article.candidates[0].proposedEvent", nullValue())
                .body("data.article.candidates[1].proposedCasualtyClaim", nullValue())
                .body("data.article.candidates[1].proposedAidPledge.donor", equalTo("US"))
                .body("data.article.candidates[1].proposedAidPledge.kind", equalTo("PLEDGE"))
                .body("data.article.candidates[1].proposedAidPledge.value.amount", equalTo(425000000))
                .body("data.article.candidates[1].proposedAidPledge.value.currency", equalTo("USD"))
                .body("data.article.candidates[1].proposedAidPledge.items[0].category", equalTo("AIR_DEFENSE"))
                .body("data.article.candidates[2].proposedEvent.type", equalTo("STRIKE"))
                .body("data.article.candidates[2].proposedEvent.location.name", equalTo("Kharkiv"))
                .body("data.article.candidates[2].proposedEvent.actors", contains("Russian Armed Forces"))
                .body("data.article.candidates[3].proposedCasualtyClaim.equipmentType", equalTo("TANK")).extract();
        for (int j = 1; j <= IntakeFixtures.CANDIDATES; j++) {
            String proposed = answer.path("data.article.candidates[" + (j - 1) + "].proposedJson");
            assertEquals(JSON.valueToTree(IntakeFixtures.proposed(5, j)), JSON.readTree(proposed),
                    "proposedJson is the service's proposed object");
        }
        assertEquals(2, FakeServices.totalCalls(), "the typed views call no service");
    }

    @Test
    void candidatesAreSelectedByStatusAndKindEvenWithDifferentArgumentsOnOneLevel() {
        GatewayTest.graphql("""
                { articles(first: 3) { edges { node {
                    proposed: candidates(status: PROPOSED) { id }
                    accepted: candidates(status: ACCEPTED) { id }
                    claims: candidates(kind: CASUALTY_CLAIM) { id }
                    acceptedEvents: candidates(status: ACCEPTED, kind: EVENT) { id }
                    all: candidates { id }
                } } } }
                """).body("errors", nullValue())
                .body("data.articles.edges[0].node.proposed.id", contains(candidateId(30, 4)))
                .body("data.articles.edges[1].node.accepted.id",
                        contains(candidateId(29, 1), candidateId(29, 2), candidateId(29, 3)))
                .body("data.articles.edges[2].node.claims.id", contains(candidateId(28, 1), candidateId(28, 4)))
                .body("data.articles.edges[2].node.acceptedEvents.id", contains(candidateId(28, 3)))
                .body("data.articles.edges.node.all", everyItem(hasSize(4)))
                .body("extensions.cost.backendCalls", equalTo(6));
        assertEquals(1 + 5, FakeServices.calls("intake-service"),
                "the page, then one look-up of the candidates per set of arguments");
    }

    @Test
    void articlesWithTheirCandidatesAndAcceptedRecordsTakeOneCallPerServiceAndLevelHoweverManyArticles() {
        for (int first : List.of(1, 5, 30)) {
            FakeServices.reset();
            GatewayTest.graphql(REVIEW_PAGE, Map.of("first", first), null).body("errors", nullValue())
                    .body("data.articles.edges", hasSize(first))
                    .body("data.articles.edges.node.candidates", everyItem(hasSize(4)))
                    .body("data.articles.edges[0].node.candidates[0].casualtyClaim.id",
                            equalTo(FakeServices.claimId(30)))
                    .body("data.articles.edges[0].node.candidates[0].casualtyClaim.event.id",
                            equalTo(FakeServices.eventId(30)))
                    .body("data.articles.edges[0].node.candidates[0].aidPledge", nullValue())
                    .body("data.articles.edges[0].node.candidates[1].aidPledge.id", equalTo(FakeServices.pledgeId(30)))
                    .body("data.articles.edges[0].node.candidates[2].event.title", equalTo("Event 30"))
                    .body("data.articles.edges[0].node.candidates[3].casualtyClaim", nullValue())
                    .body("data.articles.edges.node.candidates.casualtyClaim.flatten().findAll { it != null }",
                            hasSize(first))
                    .body("data.articles.edges.node.candidates.aidPledge.flatten().findAll { it != null }",
                            hasSize(first))
                    .body("data.articles.edges.node.candidates.event.flatten().findAll { it != null }", hasSize(first))
                    .body("extensions.cost.backendCalls", equalTo(6));
            assertEquals(2, FakeServices.calls("intake-service"), first + " articles: the page, then the candidates");
            assertEquals(1, FakeServices.calls("casualty-service"), first + " articles: the accepted claims");
            assertEquals(1, FakeServices.calls("aid-service"), first + " articles: the accepted pledges");
            assertEquals(1, FakeServices.calls("event-service"),
                    first + " articles: the accepted events; the accepted claims' events are among them, read already");
            assertEquals(5, FakeServices.totalCalls());
            List<String> articleIds = Arrays
                    .asList(onlyRequest("candidates").query().get("articleIds").get(0).split(","));
            List<String> expected = new ArrayList<>();
            for (int i = 30; i > 30 - first; i--) {
                expected.add(articleId(i));
            }
            assertEquals(expected, articleIds, "one look-up of every article of the page");
        }
    }

    @Test
    void aLevelWithoutAcceptedCandidatesOfAKindAsksItsServiceNothing() {
        GatewayTest.graphql("""
                { articles(first: 10) { edges { node {
                    candidates(status: PROPOSED) { id casualtyClaim { id } aidPledge { id } event { id } }
                } } } }
                """).body("errors", nullValue()).body("data.articles.edges.node.candidates.casualtyClaim.flatten()",
                everyItem(nullValue()));
        assertEquals(2, FakeServices.totalCalls(), "the articles and their candidates, nothing else");
    }

    @Test
    void anUnknownArticleIsNullAndAMalformedIdIsRefusedBeforeAnyCall() {
        GatewayTest.graphql("{ article(id: \"00000000-0000-4000-d000-999999999999\") { id candidates { id } } }")
                .body("errors", nullValue()).body("data.article", nullValue());
        assertEquals(1, FakeServices.totalCalls());
        FakeServices.reset();
        GatewayTest.graphql("{ article(id: \"article-1\") { id } }")
                .body("errors[0].extensions.code", equalTo("bad-argument"))
                .body("errors[0].message", equalTo("id must be a UUID"));
        GatewayTest.graphql("{ articles(after: \"nonsense\") { edges { cursor } } }").body("errors[0].extensions.code",
                equalTo("bad-argument"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void whenIntakeServiceIsDownTheRestOfTheQueryStillAnswersWithAnErrorNamingIt() {
        FakeServices.DOWN.add("intake-service");
        GatewayTest.graphql("{ articles(first: 2) { edges { cursor } } }").body("data", nullValue())
                .body("errors[0].message", containsString("intake-service is unavailable: maintenance"))
                .body("errors[0].extensions.service", equalTo("intake-service"))
                .body("errors[0].path", contains("articles"));
        GatewayTest
                .graphql("{ article(id: \"%s\") { id } events(first: 2) { edges { cursor } } }".formatted(articleId(1)))
                .body("data.article", nullValue()).body("data.events.edges", hasSize(2))
                .body("errors[0].extensions.service", equalTo("intake-service"))
                .body("errors[0].path", contains("article"));
    }

    @Test
    void whenAnOwningServiceIsDownTheCandidatesStillAnswerWithoutItsRecords() {
        FakeServices.DOWN.add("casualty-service");
        GatewayTest.graphql(REVIEW_PAGE, Map.of("first", 3), null).body("data.articles.edges", hasSize(3))
                .body("data.articles.edges[0].node.candidates", hasSize(4))
                .body("data.articles.edges[0].node.candidates[0].casualtyClaim", nullValue())
                .body("data.articles.edges[0].node.candidates[1].aidPledge.id", notNullValue())
                .body("errors[0].extensions.service", equalTo("casualty-service"))
                .body("errors[0].path", contains("articles", "edges", 0, "node", "candidates", 0, "casualtyClaim"));
    }
}
