package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warledger.testing.Tokens;

/**
 * The request budget: what a request can cost is computed from its document, variables applied, and a request over any
 * limit is refused before a single backend call, naming the limit, the value and the maximum.
 */
@QuarkusTest
class BudgetTest {

    private static final String EVENT_INPUT = """
            {title: "Strike on Kyiv", type: STRIKE, date: "2024-11-17", sources: [{publisher: "Newsroom"}]}""";

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static ValidatableResponse post(String query, Map<String, Object> variables, String authorization) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.post("/graphql").then();
    }

    private static ValidatableResponse post(String query) {
        return post(query, Map.of(), null);
    }

    /** The refusal's error for one limit, with its code, value and maximum. */
    private static ValidatableResponse refused(ValidatableResponse response, String limit, int value, int max) {
        String error = "errors.find { it.extensions.limit == '" + limit + "' }";
        return response.statusCode(200).body("data", nullValue())
                .body(error + ".extensions.code", equalTo("BUDGET_EXCEEDED"))
                .body(error + ".extensions.value", equalTo(value)).body(error + ".extensions.max", equalTo(max))
                .body(error + ".message", containsString("request budget exceeded"));
    }

    private static String aliased(int count, String field) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": ").append(field);
        }
        return query.append(" }").toString();
    }

    @Test
    void threeHundredAliasedLookUpsAreRefusedWithoutABackendCall() {
        String query = aliased(300, "event(id: \"" + FakeServices.eventId(1) + "\") { id title }");
        ValidatableResponse response = post(query);
        refused(response, "backendCalls", 300, 20);
        refused(response, "rootFields", 300, 15);
        refused(response, "aliases", 300, 30);
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void fiftyAliasedTimelinesAreRefusedAsOneHundredAndFiftyCalls() {
        String query = aliased(50, "timeline(from: \"2024-11-01\", to: \"2024-11-30\") { edges { cursor } }");
        refused(post(query), "backendCalls", 150, 20).body("errors[0].message",
                equalTo("request budget exceeded: the request can make 150 backend calls; at most 20 allowed"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aHundredAliasedCreatesAreRefusedAndNoneIsForwarded() {
        String mutation = "mutation " + aliased(100, "createEvent(input: " + EVENT_INPUT + ") { id }");
        ValidatableResponse response = post(mutation, Map.of(), "Bearer editor-token");
        refused(response, "mutations", 100, 10);
        refused(response, "backendCalls", 100, 20);
        assertEquals(0, FakeServices.totalCalls());
        assertEquals(List.of(), FakeServices.AUTHORIZATIONS, "no create reached the service");
    }

    @Test
    void tenCreatesInOneRequestAreWithinTheBudget() {
        String mutation = "mutation " + aliased(10, "createEvent(input: " + EVENT_INPUT + ") { title }");
        // Only the budget is under test: the first create of a cold test JVM on a busy machine may outlast the
        // client's timeout, so the answer of every create is not required, only that all ten were forwarded.
        List<String> codes = post(mutation, Map.of(), "Bearer " + Tokens.editor()).statusCode(200)
                .body("data.a9.title", equalTo("Strike on Kyiv")).body("extensions.cost.mutations", equalTo(10))
                .body("extensions.cost.backendCalls", equalTo(10)).extract().jsonPath()
                .getList("errors.extensions.code");
        assertTrue(codes == null || !codes.contains("BUDGET_EXCEEDED"), String.valueOf(codes));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeServices.AUTHORIZATIONS.size() == 10);
    }

    @Test
    void aDocumentOfSixThousandTokensIsRefusedUnparsed() {
        String query = "{ events(first: 1) { edges {" + " cursor".repeat(6000) + " } } }";
        ValidatableResponse response = post(query);
        refused(response, "tokens", 5001, 5000).body("errors", hasSize(1)).body("errors[0].message",
                equalTo("request budget exceeded: the document has more than 5000 tokens; at most 5000 allowed"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aLongDocumentWithinEveryLimitRunsAndReportsItsTokens() {
        String query = "{ events(first: 1) { edges {" + " cursor".repeat(1990) + " } } }";
        post(query).statusCode(200).body("errors", nullValue()).body("data.events.edges", hasSize(1))
                .body("extensions.cost.tokens", equalTo(2003)).body("extensions.cost.fields", equalTo(1992));
        assertEquals(1, FakeServices.totalCalls());
    }

    @Test
    void aNineMegabyteArgumentIsRefusedBeforeItIsRead() {
        String mutation = "mutation($input: EventInput!) { createEvent(input: $input) { id } }";
        Map<String, Object> input = Map.of("title", "x", "type", "STRIKE", "date", "2024-11-17", "summary",
                "a".repeat(9 * 1024 * 1024), "sources", List.of(Map.of("publisher", "Newsroom")));
        post(mutation, Map.of("input", input), "Bearer editor-token").statusCode(413)
                .contentType(containsString("application/problem+json")).body("status", equalTo(413))
                .body("detail", containsString("larger than 1048576 bytes"));
        assertEquals(0, FakeServices.totalCalls());
        assertEquals(List.of(), FakeServices.AUTHORIZATIONS);
    }

    @Test
    void aStringLongerThanAnyFieldTakesIsRefusedWhereverItIs() {
        String mutation = "mutation($input: EventInput!) { createEvent(input: $input) { id } }";
        Map<String, Object> input = Map.of("title", "x", "type", "STRIKE", "date", "2024-11-17", "summary",
                "a".repeat(25_000), "sources", List.of(Map.of("publisher", "Newsroom")));
        refused(post(mutation, Map.of("input", input), "Bearer editor-token"), "stringLength", 25_000, 20_000)
                .body("errors[0].extensions.at", equalTo("$input.summary"));
        refused(post("{ events(q: \"" + "b".repeat(30_000) + "\") { edges { cursor } } }"), "stringLength", 30_000,
                20_000).body("errors[0].extensions.at", equalTo("argument q of events"));
        assertEquals(0, FakeServices.totalCalls());
        assertEquals(List.of(), FakeServices.AUTHORIZATIONS);
    }

    @Test
    void anArticlesTextMayBeLongerThanAnyOtherStringButNotLongerThanAnArticle() {
        String mutation = "mutation($input: ArticleInput!) { submitArticle(input: $input) { id } }";
        String editor = "Bearer " + Tokens.editor();
        Map<String, Object> input = new HashMap<>(
                Map.of("url", "https://news.example/long", "text", "The front line moved again. ".repeat(6_000)));
        post(mutation, Map.of("input", input), editor).statusCode(200).body("errors", nullValue())
                .body("data.submitArticle.id", notNullValue());
        post("mutation { submitArticle(input: {url: \"https://news.example/written\", html: \"<p>" + "y".repeat(30_000)
                + "</p>\"}) { id } }", Map.of(), editor).statusCode(200).body("errors", nullValue());

        input.put("title", "t".repeat(25_000));
        refused(post(mutation, Map.of("input", input), editor), "stringLength", 25_000, 20_000)
                .body("errors[0].extensions.at", equalTo("$input.title"));
        post("mutation($text: String) { submitArticle(input: {url: \"https://news.example/t\", text: $text}) { id } }",
                Map.of("text", "z".repeat(25_000)), editor).statusCode(200).body("errors", nullValue());
        refused(post("mutation($text: String) { submitArticle(input: {url: \"https://news.example/t\", title: $text}) "
                + "{ id } }", Map.of("text", "z".repeat(25_000)), editor), "stringLength", 25_000, 20_000)
                        .body("errors[0].extensions.at", equalTo("$text"));
        input.put("title", "Long");
        input.put("text", "a".repeat(1_000_001));
        refused(post(mutation, Map.of("input", input), editor), "articleLength", 1_000_001, 1_000_000)
                .body("errors[0].extensions.at", equalTo("$input.text"))
                .body("errors[0].message", containsString("an article of 1000001 characters in $input.text"));
        assertEquals(3, FakeServices.calls("intake-service"), "the three articles within their limits");
    }

    @Test
    void aListOfSixHundredActorsIsRefused() {
        String mutation = "mutation($input: EventInput!) { createEvent(input: $input) { id } }";
        Map<String, Object> input = Map.of("title", "x", "type", "STRIKE", "date", "2024-11-17", "actors",
                java.util.Collections.nCopies(600, "NATO"), "sources", List.of(Map.of("publisher", "Newsroom")));
        refused(post(mutation, Map.of("input", input), "Bearer editor-token"), "listLength", 600, 500)
                .body("errors[0].extensions.at", equalTo("$input.actors"));
        assertEquals(List.of(), FakeServices.AUTHORIZATIONS);
    }

    @Test
    void theComposedQueryRunsAndReportsItsCostAnUpperBoundOfTheCallsMade() {
        post("""
                {
                  events(first: 40) {
                    edges { node { id title
                      casualtyClaims { id figure { qualifier value low } event { id title } }
                      aidPledges { id value { amount currency } event { id } }
                    } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """).statusCode(200).body("errors", nullValue()).body("data.events.edges", hasSize(40))
                .body("extensions.cost.backendCalls", equalTo(5)).body("extensions.cost.fields", equalTo(24))
                .body("extensions.cost.depth", equalTo(6)).body("extensions.cost.aliases", equalTo(0))
                .body("extensions.cost.rootFields", equalTo(1)).body("extensions.cost.mutations", equalTo(0))
                .body("extensions.cost.tokens", notNullValue());
        // Counted before it runs, the cost includes the claims' and pledges' events; they are the events listed, which
        // the query has read already, so event-service is asked for the list alone.
        assertEquals(3, FakeServices.totalCalls());
        assertEquals(1, FakeServices.calls("event-service"));
    }

    @Test
    void theReadmeQueryCostsWhatTheReadmeSays() {
        post("""
                {
                  events(first: 20, from: "2024-11-01", to: "2024-11-30") {
                    edges { cursor node { title date
                      casualtyClaims { claimant figure { qualifier value low high } event { title } }
                      aidPledges { title value { amount currency } normalized { eur usd } }
                    } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """).statusCode(200).body("errors", nullValue()).body("extensions.cost.backendCalls", equalTo(4))
                .body("extensions.cost.fields", equalTo(26)).body("extensions.cost.depth", equalTo(6))
                .body("extensions.cost.aliases", equalTo(0)).body("extensions.cost.rootFields", equalTo(1))
                .body("extensions.cost.mutations", equalTo(0)).body("extensions.cost.tokens", equalTo(59));
        assertEquals(3, FakeServices.totalCalls(), "the claims' events are the events listed: no look-up");
    }

    @Test
    void skippedFieldsCostNothingWithTheVariablesApplied() {
        String query = """
                query($claims: Boolean!, $noPledges: Boolean = true) {
                  events(first: 2) { edges { node {
                    casualtyClaims @include(if: $claims) { id }
                    aidPledges @skip(if: $noPledges) { id }
                  } } }
                }
                """;
        post(query, Map.of("claims", false), null).statusCode(200).body("errors", nullValue())
                .body("extensions.cost.backendCalls", equalTo(1));
        assertEquals(1, FakeServices.totalCalls());
        post(query, Map.of("claims", true, "noPledges", false), null).statusCode(200)
                .body("extensions.cost.backendCalls", equalTo(3));
        assertEquals(4, FakeServices.totalCalls());
    }

    @Test
    void aliasesAndFieldsBehindFragmentsCountEachTimeTheyAreSpread() {
        StringBuilder query = new StringBuilder("query {");
        for (int i = 0; i < 8; i++) {
            query.append(" e").append(i).append(": events(first: 1) { ...Page }");
        }
        query.append(" } fragment Page on EventConnection { edges { a: cursor b: cursor c: cursor d: cursor } }");
        refused(post(query.toString()), "aliases", 40, 30);
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aFragmentBombIsRefusedForItsFieldsWithoutBeingExpanded() {
        StringBuilder query = new StringBuilder("{ events(first: 1) { ...F0 } }");
        for (int i = 0; i < 30; i++) {
            query.append(" fragment F").append(i).append(" on EventConnection { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }");
        }
        query.append(" fragment F30 on EventConnection { pageInfo { hasNextPage } }");
        refused(post(query.toString()), "fields", 2001, 2000).body("errors[0].message",
                containsString("at least 2001 fields"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "fragment F40 on EventConnection { pageInfo @skip(if: true) { hasNextPage } }",
            "fragment F40 on EventConnection { ...NoSuchFragment }" })
    void aFragmentBombOfLeavesThatCountNoFieldIsRefusedForItsSelections(String leaf) {
        StringBuilder query = new StringBuilder("{ events(first: 1) { ...F0 } }");
        for (int i = 0; i < 40; i++) {
            query.append(" fragment F").append(i).append(" on EventConnection { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }");
        }
        query.append(' ').append(leaf);
        // 2^40 spreads if expanded: the walk stops at the selection limit.
        refused(post(query.toString()), "selections", 10001, 10000);
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void everyDocumentedQueryIsWithinTheDefaultBudget() {
        List<String> documented = List.of(
                // README tour
                """
                        { casualtySummary(subject: "RU", category: KILLED_OR_WOUNDED, scope: CUMULATIVE, asOf: "2024-12-31") {
                            claimants low lowClaimant high highClaimant openAbove
                            claims { claimant figure { qualifier value low high } } } }""",
                "{ aidTotals(groupBy: donor, currency: EUR) { total count unvalued "
                        + "groups { key total count unvalued } } }",
                """
                        { timeline(from: "2024-11-01", to: "2024-11-30", first: 10) {
                            edges { node { __typename
                              ... on Event { title date }
                              ... on CasualtyClaim { claimant asOf figure { qualifier value } }
                              ... on AidPledge { title announcedOn } } } } }""", """
                        {
                          events(first: 20, from: "2024-11-01", to: "2024-11-30") {
                            edges { cursor node { title date
                              casualtyClaims { claimant figure { qualifier value low high } event { title } }
                              aidPledges { title value { amount currency } normalized { eur usd } }
                            } }
                            pageInfo { hasNextPage endCursor }
                          }
                        }""",
                // README: comparing claimants
                """
                        { casualtySummary(subject: "RU", category: KILLED_OR_WOUNDED, asOf: "2024-12-31", window: 90,
                                          knownAt: "2024-12-31T00:00:00Z") {
                            verdict agreement { low high } contradictionCount
                            contradictions { lower { claimant figure { qualifier value } }
                                             higher { claimant figure { qualifier value } } gap }
                            excluded { claim { claimant asOf } reason detail }
                            byAffiliation { affiliation relation claimants verdict low high openAbove } } }""", """
                        { casualtySeries(subject: "RU", category: KILLED_OR_WOUNDED,
                                         claimants: ["Ukrainian General Staff", "UK MoD"], affiliations: ["US"]) {
                            points truncated
                            lines { name affiliation points { asOf figure { qualifier value low high } } } } }""", """
                        { claimants(first: 20, affiliation: "GB") { edges { node { id name aliases kind } } }
                          unlinkedClaimants(limit: 20) { items { name claims latestAsOf } truncated } }""",
                // bench/bench.py and bench/DirectPath.java
                """
                        { events(first: 20) { edges { node { id title date
                          casualtyClaims { id claimant figure { qualifier value low high } event { id title } }
                          aidPledges { id title value { amount currency } normalized { eur usd } } } } } }""",
                // launcher's checks
                """
                        { casualtySummary(subject: "RU", category: KILLED_OR_WOUNDED, scope: CUMULATIVE) {
                            claimants claims { claimant figure { qualifier value } } } }""",
                "{ aidPledges(first: 50) { edges { node { value { amount currency } } } } }",
                "{ events(first: 50) { edges { node { id casualtyClaims { id } aidPledges { id } } } } }",
                "{ events(first: 100) { edges { node { id } } } }",
                // the GraphQL UI's schema query
                IntrospectionQuery.INTROSPECTION_QUERY);
        for (String query : documented) {
            List<String> codes = post(query).statusCode(200).body("extensions.cost.backendCalls", notNullValue())
                    .extract().jsonPath().getList("errors.extensions.code");
            assertTrue(codes == null || !codes.contains("BUDGET_EXCEEDED"), query + " → " + codes);
        }
        post(IntrospectionQuery.INTROSPECTION_QUERY).body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("extensions.cost.backendCalls", equalTo(0));
    }

    @Test
    void theComparisonsCostOneCallEachWhateverTheSizeOfTheListsTheServiceBounds() {
        // A summary's lists (at most 100 contradictions) and a series' points (at most 5,000) come in its one answer;
        // only the claims' events, a cross-service field, cost a call more, one per level they are selected at (an
        // upper bound: the loader may gather both levels into one look-up).
        post("""
                { casualtySummary(subject: "RU", category: KILLED_OR_WOUNDED, window: 30) {
                    claims { id event { title } }
                    excluded { claim { id event { title } } }
                    contradictions { lower { claimId } higher { claimId } gap }
                    byAffiliation { contradictions { gap } claimIds } } }
                """).statusCode(200).body("errors", nullValue()).body("extensions.cost.backendCalls", equalTo(3))
                .body("data.casualtySummary.claims[0].event.title", equalTo("Event 1"))
                .body("data.casualtySummary.excluded[0].claim.event.title", equalTo("Event 1"));
        assertEquals(1, FakeServices.calls("casualty-service"));
        int lookUps = FakeServices.calls("event-service");
        assertTrue(lookUps >= 1 && lookUps <= 2, "at most one look-up per level, as counted: " + lookUps);

        FakeServices.reset();
        post("""
                { casualtySeries(subject: "RU", category: KILLED_OR_WOUNDED, affiliations: ["UA"]) {
                    lines { points { claimId figure { low high } } } }
                  claimants(first: 100) { edges { node { id } } }
                  unlinkedClaimants { items { name } }
                  claimantLinks(claimId: "%s") { how } }
                """.formatted(FakeServices.claimId(1))).statusCode(200).body("errors", nullValue())
                .body("extensions.cost.backendCalls", equalTo(4)).body("extensions.cost.rootFields", equalTo(4));
        assertEquals(4, FakeServices.calls("casualty-service"));
    }

    @Test
    void aSeriesOfMoreNamesThanAnyListMayHoldIsRefusedByTheBudget() {
        List<String> names = java.util.Collections.nCopies(501, "UK MoD");
        refused(post("query($c: [String!]) { casualtySeries(subject: \"RU\", category: KILLED, claimants: $c) "
                + "{ points } }", Map.of("c", names), null), "listLength", 501, 500).body("errors[0].extensions.at",
                        equalTo("$c"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aQueryNestedTooDeeplyIsRefusedWithItsDepth() {
        String deep = "{ events { edges { node { casualtyClaims { event { casualtyClaims { event { casualtyClaims {"
                + " event { casualtyClaims { event { title } } } } } } } } } } } }";
        refused(post(deep), "depth", 12, 10).body("errors", hasSize(1)).body("errors[0].message", equalTo(
                "request budget exceeded: maximum query depth exceeded: fields nest 12 deep; at most 10 allowed"));
        assertEquals(0, FakeServices.totalCalls());
    }
}
