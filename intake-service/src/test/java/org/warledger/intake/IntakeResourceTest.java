package org.warledger.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warledger.intake.Articles.ARTICLES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/** Articles in, candidates out, and their review against fake owning services that check what they are sent. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
@QuarkusTestResource(FakeOwners.class)
class IntakeResourceTest {

    private static final String ARTICLE_000 = "000_6b82cb24b2a8ff87.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void ownersWorkAgain() {
        FakeOwners.mode = FakeOwners.Mode.NORMAL;
    }

    private static String article000() {
        JsonPath stored = given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Articles.article(Articles.text(ARTICLE_000), "2024-07-10")).post(ARTICLES).then().extract()
                .jsonPath();
        return stored.getString("id");
    }

    private static Map<String, Object> find(List<Map<String, Object>> candidates, String kind, String path,
            Object value) {
        return candidates.stream().filter(c -> c.get("kind").equals(kind))
                .filter(c -> Objects.equals(String.valueOf((Object) JsonPath.from(toJson(c.get("proposed"))).get(path)),
                        String.valueOf(value)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " with " + path + "=" + value));
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void article000GivesTheGeneralStaffsClaimNatosPledgeAndTheStingerContract() {
        String text = Articles.text(ARTICLE_000);
        String id = article000();
        List<Map<String, Object>> candidates = Articles.candidates(id);
        Map<String, Object> claim = find(candidates, "CASUALTY_CLAIM", "figure.value", 555620);
        JsonNode proposed = JSON.valueToTree(claim.get("proposed"));
        assertEquals("Ukrainian General Staff", proposed.path("claimant").asText());
        assertEquals("RU", proposed.path("subject").asText());
        assertEquals("KILLED_OR_WOUNDED", proposed.path("category").asText());
        assertEquals("MORE_THAN", proposed.path("figure").path("qualifier").asText());
        assertEquals("CUMULATIVE", proposed.path("scope").path("kind").asText());
        assertEquals("2022-02-24", proposed.path("scope").path("from").asText());
        Map<?, ?> span = (Map<?, ?>) claim.get("span");
        String quote = text.substring((Integer) span.get("start"), (Integer) span.get("end"));
        assertEquals(quote, claim.get("quote"));
        assertTrue(quote.startsWith("According to the Ukrainian General Staff") && quote.endsWith("soldiers."), quote);
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) claim.get("evidence");
        for (String field : List.of("claimant", "subject", "category", "figure.qualifier", "figure.value", "scope.kind",
                "scope.from")) {
            Map<String, Object> e = evidence.stream().filter(x -> x.get("field").equals(field)).findFirst()
                    .orElseThrow(() -> new AssertionError("no evidence for " + field));
            assertNotNull(e.get("rule"));
            String words = text.substring((Integer) e.get("start"), (Integer) e.get("end"));
            assertTrue(quote.contains(words), field + ": " + words);
        }
        assertEquals("555,620", evidenceWords(text, evidence, "figure.value"));
        assertEquals("over", evidenceWords(text, evidence, "figure.qualifier"));
        assertEquals("Ukrainian General Staff", evidenceWords(text, evidence, "claimant"));

        JsonNode pledge = JSON.valueToTree(find(candidates, "AID_PLEDGE", "value.currency", "EUR").get("proposed"));
        assertEquals("PLEDGE", pledge.path("kind").asText());
        assertEquals("AT_LEAST", pledge.path("value").path("qualifier").asText());
        assertEquals(40_000_000_000L, pledge.path("value").path("amount").asLong());
        assertEquals("NATO", pledge.path("donor").asText());
        assertEquals("over the coming year", pledge.path("timeframe").asText());

        JsonNode contract = JSON.valueToTree(find(candidates, "AID_PLEDGE", "kind", "CONTRACT").get("proposed"));
        assertEquals(700_000_000L, contract.path("value").path("amount").asLong());
        assertEquals("USD", contract.path("value").path("currency").asText());
        assertTrue(contract.path("items").toString().contains("Stinger missiles"), contract.toString());
        for (Map<String, Object> c : candidates) {
            double confidence = ((Number) c.get("confidence")).doubleValue();
            assertTrue(confidence >= 0 && confidence <= 1);
            assertTrue(List.of("PROPOSED", "ACCEPTED", "REJECTED").contains(c.get("status")));
        }
    }

    private static String evidenceWords(String text, List<Map<String, Object>> evidence, String field) {
        Map<String, Object> e = evidence.stream().filter(x -> x.get("field").equals(field)).findFirst().orElseThrow();
        return text.substring((Integer) e.get("start"), (Integer) e.get("end"));
    }

    @Test
    void theSameTextTwiceIsTheSameArticle() {
        Map<String, Object> body = Articles.article("Officials said 12 soldiers were killed on Tuesday.\n",
                "2024-03-01");
        JsonPath first = Articles.submit(body, 201);
        body.put("title", "Another headline for the same text");
        JsonPath second = Articles.submit(body, 200);
        assertEquals(first.getString("id"), second.getString("id"));
        assertEquals(first.getString("contentHash"), second.getString("contentHash"));
        assertEquals(first.getString("title"), second.getString("title"));
        given().queryParam("ids", first.getString("id")).get(ARTICLES).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].text", equalTo(null))
                .body("items[0].candidateCount", equalTo(first.getInt("candidateCount")));
        given().get(ARTICLES + "/" + first.getString("id")).then().statusCode(200).body("text",
                equalTo("Officials said 12 soldiers were killed on Tuesday.\n"));
    }

    @Test
    void acceptingCreatesTheRecordOnceWithTheQuoteAndTheCallersToken() {
        String id = article000();
        Map<String, Object> claim = find(Articles.candidates(id), "CASUALTY_CLAIM", "figure.value", 555620);
        String url = ARTICLES + "/" + id + "/candidates/" + claim.get("id") + "/acceptance";
        int before = FakeOwners.REQUESTS.size();

        given().contentType(ContentType.JSON).body("{}").post(url).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body("{}").post(url).then()
                .statusCode(403);
        assertEquals(before, FakeOwners.REQUESTS.size(), "a refused caller reaches no owning service");
        given().get(ARTICLES + "/" + id + "/candidates/" + claim.get("id")).then().body("status", equalTo("PROPOSED"));

        String token = Tokens.editor();
        JsonPath accepted = given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post(url).then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("recordId", notNullValue()).extract()
                .jsonPath();
        List<FakeOwners.Request> creates = FakeOwners.requestsTo("/api/casualty-claims");
        FakeOwners.Request create = creates.get(creates.size() - 1);
        assertEquals("Bearer " + token, create.authorization());
        JsonPath sent = JsonPath.from(create.body());
        assertEquals(claim.get("quote"), sent.getString("sources[0].quote"));
        assertEquals("intake-" + id + "-" + claim.get("id"), sent.getString("externalKey"));
        assertEquals("2024-07-10", sent.getString("sources[0].publishedOn"));
        assertEquals("Example News", sent.getString("sources[0].publisher"));
        assertEquals("Ukrainian General Staff", sent.getString("claimant"));

        int afterFirst = FakeOwners.REQUESTS.size();
        given().auth().oauth2(token).contentType(ContentType.JSON).post(url).then().statusCode(200).body("recordId",
                equalTo(accepted.getString("recordId")));
        assertEquals(afterFirst, FakeOwners.REQUESTS.size(), "accepting again creates nothing");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "no"))
                .post(ARTICLES + "/" + id + "/candidates/" + claim.get("id") + "/rejection").then().statusCode(409);
    }

    @Test
    void editsAreAppliedAndTheOwnersRefusalIsPassedOnAsItIs() {
        String id = article000();
        Map<String, Object> claim = find(Articles.candidates(id), "CASUALTY_CLAIM", "figure.value", 350000);
        String url = ARTICLES + "/" + id + "/candidates/" + claim.get("id") + "/acceptance";
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("edits", Map.of("claimant", "REFUSE"))).post(url).then().statusCode(422)
                .contentType("application/problem+json").body("detail", equalTo("the fake owner refuses this record"));
        given().get(ARTICLES + "/" + id + "/candidates/" + claim.get("id")).then().body("status", equalTo("PROPOSED"));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("edits",
                        Map.of("claimant", "NATO Secretary General", "scope", Map.of("from", "2022-02-24"))))
                .post(url).then().statusCode(200).body("accepted.claimant", equalTo("NATO Secretary General"))
                .body("accepted.scope.from", equalTo("2022-02-24")).body("accepted.scope.kind", equalTo("CUMULATIVE"));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("edits", Map.of("externalKey", "mine"))).post(url).then().statusCode(200);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(Map.of("edits", List.of(1))).post(url)
                .then().statusCode(400);
    }

    @Test
    void nothingIsLostWhenTheOwnerIsDownOrLosesItsAnswer() {
        String id = article000();
        Map<String, Object> pledge = find(Articles.candidates(id), "AID_PLEDGE", "value.currency", "EUR");
        String url = ARTICLES + "/" + id + "/candidates/" + pledge.get("id") + "/acceptance";
        FakeOwners.mode = FakeOwners.Mode.DOWN;
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).post(url).then().statusCode(502)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        given().get(ARTICLES + "/" + id + "/candidates/" + pledge.get("id")).then().body("status", equalTo("PROPOSED"));
        FakeOwners.mode = FakeOwners.Mode.LOSE_ANSWER;
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).post(url).then().statusCode(502);
        FakeOwners.mode = FakeOwners.Mode.NORMAL;
        String key = "intake-" + id + "-" + pledge.get("id");
        String stored = FakeOwners.KEYS.get(key).toString();
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).post(url).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("recordId", equalTo(stored));
        assertEquals(stored, FakeOwners.KEYS.get(key).toString(), "the retry found the record, made no other");
    }

    @Test
    void rejectionNeedsAReasonAndIsFinal() {
        String id = article000();
        Map<String, Object> contract = find(Articles.candidates(id), "AID_PLEDGE", "kind", "CONTRACT");
        String base = ARTICLES + "/" + id + "/candidates/" + contract.get("id");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post(base + "/rejection").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(1001)))
                .post(base + "/rejection").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("reason", "not aid to Ukraine")).post(base + "/rejection")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("reason", "not aid to Ukraine")).post(base + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("not aid to Ukraine"));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).post(base + "/acceptance").then()
                .statusCode(409);
        given().queryParam("status", "REJECTED").get(ARTICLES + "/" + id + "/candidates").then().statusCode(200)
                .body("items.id", hasItem(contract.get("id")));
        given().queryParam("status", "PROPOSED").get(ARTICLES + "/" + id + "/candidates").then().statusCode(200)
                .body("items.id", not(hasItem(contract.get("id"))));
    }

    @Test
    void reviewsOfOneArticlesCandidatesAtOnceAllLandAndMoveTheArticleIntoTheFeed() throws Exception {
        String text = "Kyiv said 11 Russian tanks were destroyed. Kyiv said 12 Russian drones were downed. "
                + "Kyiv said 13 Russian helicopters were shot down. Kyiv said 14 Russian soldiers were captured.\n";
        String id = Articles.submit(Articles.article(text, "2024-06-01"), 201).getString("id");
        List<Map<String, Object>> candidates = Articles.candidates(id).stream()
                .filter(c -> c.get("kind").equals("CASUALTY_CLAIM")).toList();
        assertEquals(4, candidates.size());
        java.time.Instant before = java.time.Instant.now();
        String token = Tokens.editor();
        List<java.util.concurrent.CompletableFuture<Integer>> answers = candidates.stream()
                .map(c -> java.util.concurrent.CompletableFuture
                        .supplyAsync(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                                .post(ARTICLES + "/" + id + "/candidates/" + c.get("id") + "/acceptance").statusCode()))
                .toList();
        for (var answer : answers) {
            assertEquals(200, answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertTrue(Articles.candidates(id).stream().filter(c -> c.get("kind").equals("CASUALTY_CLAIM"))
                .allMatch(c -> c.get("status").equals("ACCEPTED") && c.get("recordId") != null));
        given().queryParam("changedSince", before.toString()).get(ARTICLES).then().statusCode(200).body("items.id",
                hasItem(id));
    }

    @Test
    void htmlBecomesTextWithoutScriptsOrNavigation() {
        String html = "<html><head><title>Page title</title><script>var x = '9,999 killed';</script></head><body>"
                + "<nav>Home | World</nav><article><h1>Losses mount</h1><p>According to the Ministry of Defence, "
                + "<b>about 2,000</b> Russian soldiers were killed last month.</p><p>Second &amp; last.</p></article>"
                + "<footer>© Example</footer></body></html>";
        Map<String, Object> body = Articles.article("x", "2024-05-15");
        body.remove("text");
        body.remove("title");
        body.put("html", html);
        JsonPath stored = Articles.submit(body, 201);
        assertEquals("Losses mount\nAccording to the Ministry of Defence, about 2,000 Russian soldiers were killed "
                + "last month.\nSecond & last.", stored.getString("text"));
        assertEquals("Page title", stored.getString("title"));
        JsonNode claim = JSON.valueToTree(Articles.candidates(stored.getString("id")).get(0).get("proposed"));
        assertEquals("APPROXIMATELY", claim.path("figure").path("qualifier").asText());
        assertEquals(2000, claim.path("figure").path("value").asInt());
        assertEquals("KILLED", claim.path("category").asText());
        assertEquals("INTERVAL", claim.path("scope").path("kind").asText());
        assertEquals("2024-04-01", claim.path("scope").path("from").asText());
        assertEquals("2024-04-30", claim.path("scope").path("to").asText());
        assertEquals("Ministry of Defence", claim.path("claimant").asText());
    }

    @Test
    void badArticlesAreRefusedAndStoreNothing() {
        long before = given().queryParam("limit", 500).get(ARTICLES).then().extract().jsonPath().getList("items")
                .size();
        Map<String, Object> both = Articles.article("Some text.", "2024-01-01");
        both.put("html", "<p>Some text.</p>");
        Articles.submit(both, 400);
        Map<String, Object> neither = Articles.article("x", "2024-01-01");
        neither.remove("text");
        Articles.submit(neither, 400);
        Map<String, Object> undated = Articles.article("Undated text.", "2024-01-01");
        undated.remove("publishedOn");
        Articles.submit(undated, 400);
        Map<String, Object> language = Articles.article("Bad language.", "2024-01-01");
        language.put("language", "English");
        Articles.submit(language, 400);
        Map<String, Object> url = Articles.article("Bad url.", "2024-01-01");
        url.put("url", "javascript:alert(1)");
        Articles.submit(url, 400);
        Map<String, Object> late = Articles.article("Retrieved before published.", "2024-01-01");
        late.put("retrievedOn", "2023-12-31");
        Articles.submit(late, 400);
        Articles.submit(Articles.article("   \n  ", "2024-01-01"), 400);
        Map<String, Object> tooLong = Articles.article("a".repeat(200_001), "2024-01-01");
        tooLong.put("title", "Too long");
        Articles.submit(tooLong, 413);
        Map<String, Object> onlyScript = Articles.article("x", "2024-01-01");
        onlyScript.remove("text");
        onlyScript.put("html",
                "<html><body><script>var figures = '1,000 killed';</script><nav>Home</nav></body></html>");
        Articles.submit(onlyScript, 400);
        Map<String, Object> bigHtml = Articles.article("x", "2024-01-01");
        bigHtml.remove("text");
        bigHtml.put("html", "<p>" + "a".repeat(2_000_001) + "</p>");
        Articles.submit(bigHtml, 413);
        given().contentType(ContentType.JSON).body(Articles.article("No token.", "2024-01-01")).post(ARTICLES).then()
                .statusCode(401);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON)
                .body(Articles.article("Reader.", "2024-01-01")).post(ARTICLES).then().statusCode(403);
        assertEquals(before,
                given().queryParam("limit", 500).get(ARTICLES).then().extract().jsonPath().getList("items").size());
    }

    @Test
    void listsPageInAStableOrderAndBatchTheCandidates() {
        String id = article000();
        String other = Articles.submit(Articles
                .article("Kyiv said 40 Russian tanks were destroyed in the last 24 " + "hours.\n", "2024-02-02"), 201)
                .getString("id");
        List<Map<String, Object>> all = Articles.candidates(id);
        JsonPath first = given().queryParam("limit", 2).get(ARTICLES + "/" + id + "/candidates").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, first.getList("items").size());
        JsonPath second = given().queryParam("limit", 2).queryParam("after", first.getString("nextCursor"))
                .get(ARTICLES + "/" + id + "/candidates").then().statusCode(200).extract().jsonPath();
        assertEquals(all.get(2).get("id"), second.getString("items[0].id"));
        given().queryParam("after", "garbage").get(ARTICLES + "/" + id + "/candidates").then().statusCode(400);
        given().get(ARTICLES + "/00000000-0000-0000-0000-000000000000/candidates").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("articleIds", id + "," + other).get("/api/candidates").then().statusCode(200)
                .body("items.size()", equalTo(all.size() + Articles.candidates(other).size()))
                .body("items.articleId", hasItem(other));
        given().get("/api/candidates").then().statusCode(400);
        String tooMany = String.join(",",
                java.util.stream.Stream.generate(() -> java.util.UUID.randomUUID().toString()).limit(501).toList());
        given().queryParam("articleIds", tooMany).get("/api/candidates").then().statusCode(400)
                .contentType("application/problem+json");
        given().get(ARTICLES + "/not-an-id").then().statusCode(404);
        given().queryParam("changedSince", "2000-01-01T00:00:00Z").get(ARTICLES).then().statusCode(200).body("items.id",
                hasItem(other));
        given().queryParam("kind", "NOPE").get(ARTICLES + "/" + id + "/candidates").then().statusCode(400);
    }
}
