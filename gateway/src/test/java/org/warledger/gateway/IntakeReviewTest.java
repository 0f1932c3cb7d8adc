package org.warledger.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.warledger.gateway.IntakeFixtures.articleId;
import static org.warledger.gateway.IntakeFixtures.candidateId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/**
 * Submitting articles and reviewing their candidates through the gateway: the caller's token and the fields are passed
 * on to intake-service as its contract has them, a refusal of intake-service (or of the owning service behind it) comes
 * back with its status and violations, and a token the gateway refuses costs no call.
 */
@QuarkusTest
class IntakeReviewTest {

    private static final String EDITOR = "Bearer " + Tokens.editor();
    private static final String SUBMIT = """
            mutation($input: ArticleInput!) {
              submitArticle(input: $input) { id text contentHash candidateCount createdBy candidates { id } }
            }
            """;
    private static final String ACCEPT = """
            mutation($articleId: ID!, $id: ID!, $edits: String) {
              acceptCandidate(articleId: $articleId, id: $id, edits: $edits) {
                id status recordId reviewedBy casualtyClaim { id } aidPledge { id }
              }
            }
            """;
    private static final String REJECT = """
            mutation($articleId: ID!, $id: ID!, $reason: String!) {
              rejectCandidate(articleId: $articleId, id: $id, reason: $reason) { id status rejectionReason reviewedBy }
            }
            """;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static Map<String, Object> article(String text) {
        return CasualtyFixtures.map("url", "https://news.example/articles/new", "publisher", "The Independent", "title",
                "Overnight strikes", "publishedOn", "2024-11-20", "retrievedOn", "2024-11-21", "language", "en", "text",
                text);
    }

    private static ValidatableResponse accept(String authorization, int article, int candidate, String edits) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("articleId", articleId(article));
        variables.put("id", candidateId(article, candidate));
        variables.put("edits", edits);
        return GatewayTest.graphql(ACCEPT, variables, authorization);
    }

    private static ValidatableResponse reject(String authorization, int article, int candidate, String reason) {
        return GatewayTest.graphql(REJECT,
                Map.of("articleId", articleId(article), "id", candidateId(article, candidate), "reason", reason),
                authorization);
    }

    private static FakeServices.Request onlyRequest(String path) {
        List<FakeServices.Request> sent = FakeServices.intakeRequests(path);
        assertEquals(1, sent.size(), path + ": " + FakeServices.INTAKE);
        return sent.get(0);
    }

    @Test
    void anArticleIsSubmittedWithTheCallersTokenAndItsFieldsAsTheContractHasThem() {
        String text = "According to the Ukrainian General Staff, Russia lost 1,200 soldiers in the past day.";
        String id = GatewayTest.graphql(SUBMIT, Map.of("input", article(text)), EDITOR).body("errors", nullValue())
                .body("data.submitArticle.text", equalTo(text)).body("data.submitArticle.contentHash", notNullValue())
                .body("data.submitArticle.candidateCount", equalTo(0)).body("data.submitArticle.candidates", hasSize(0))
                .extract().path("data.submitArticle.id");
        FakeServices.Request sent = onlyRequest("articles");
        assertEquals("POST", sent.method());
        assertEquals(EDITOR, sent.authorization(), "the caller's token, as it came");
        assertNull(sent.idempotencyKey());
        assertEquals(article(text), sent.body(), "the fields given, no html");

        // The same text again is the same article.
        GatewayTest.graphql(SUBMIT, Map.of("input", article(text)), EDITOR).body("errors", nullValue())
                .body("data.submitArticle.id", equalTo(id));
        assertEquals(1, FakeServices.SUBMITTED.size());
    }

    @Test
    void anHtmlPageIsSubmittedInsteadOfText() {
        Map<String, Object> input = article(null);
        input.remove("text");
        input.put("html", "<html><body><p>A missile strike hit Kharkiv overnight.</p></body></html>");
        GatewayTest.graphql(SUBMIT, Map.of("input", input), EDITOR).body("errors", nullValue())
                .body("data.submitArticle.text", equalTo("A missile strike hit Kharkiv overnight."));
        Map<String, Object> body = onlyRequest("articles").body();
        assertEquals(input, body, "html, and no text at all");
    }

    @Test
    void intakeServicesRefusalOfAnArticleComesBackWithItsViolations() {
        Map<String, Object> input = article("Some text.");
        input.put("url", "news.example/relative");
        GatewayTest.graphql(SUBMIT, Map.of("input", input), EDITOR).body("data.submitArticle", nullValue())
                .body("errors[0].message", containsString("intake-service refused the request"))
                .body("errors[0].extensions.service", equalTo("intake-service"))
                .body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.violations[0].field", equalTo("url"));
        Map<String, Object> both = article("Some text.");
        both.put("html", "<p>Some text.</p>");
        GatewayTest.graphql(SUBMIT, Map.of("input", both), EDITOR).body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.violations[0].field", equalTo("text"));
        GatewayTest.graphql(SUBMIT, Map.of("input", article("x".repeat(250_000))), EDITOR)
                .body("data.submitArticle", nullValue()).body("errors[0].extensions.status", equalTo(413))
                .body("errors[0].extensions.violations[0].field", equalTo("text"))
                .body("errors[0].message", containsString("must be at most 200000 characters"));
    }

    @Test
    void aCandidateIsAcceptedWithItsEditsAsAMergePatchAndItsRecordIsReadFromTheOwningService() {
        accept(EDITOR, 3, 4, "{\"figure\": {\"value\": 5}, \"force\": null}").body("errors", nullValue())
                .body("data.acceptCandidate.id", equalTo(candidateId(3, 4)))
                .body("data.acceptCandidate.status", equalTo("ACCEPTED"))
                .body("data.acceptCandidate.recordId", equalTo(IntakeFixtures.acceptedClaimId(3)))
                .body("data.acceptCandidate.casualtyClaim.id", equalTo(IntakeFixtures.acceptedClaimId(3)))
                .body("data.acceptCandidate.aidPledge", nullValue());
        FakeServices.Request sent = onlyRequest(
                "articles/" + articleId(3) + "/candidates/" + candidateId(3, 4) + "/acceptance");
        assertEquals("POST", sent.method());
        assertEquals(EDITOR, sent.authorization());
        Map<String, Object> figure = Map.of("value", 5);
        Map<String, Object> edits = new HashMap<>();
        edits.put("figure", figure);
        edits.put("force", null);
        assertEquals(Map.of("edits", edits), sent.body(), "the patch as given, its nulls kept");

        // Read back, the candidate is accepted.
        GatewayTest.graphql("{ article(id: \"%s\") { candidates(status: ACCEPTED) { id } } }".formatted(articleId(3)))
                .body("data.article.candidates", hasSize(4));
    }

    @Test
    void aCandidateAcceptedWithoutEditsSendsNone() {
        accept(EDITOR, 3, 4, null).body("errors", nullValue()).body("data.acceptCandidate.status", equalTo("ACCEPTED"));
        assertEquals(Map.of(),
                onlyRequest("articles/" + articleId(3) + "/candidates/" + candidateId(3, 4) + "/acceptance").body());
    }

    @Test
    void editsThatAreNotAJsonObjectAreRefusedBeforeAnyCall() {
        for (String edits : List.of("{\"figure\": ", "[1, 2]", "\"figure\"", "{} {}", "{\"a\": 1, \"a\": 2}")) {
            accept(EDITOR, 3, 4, edits).body("data.acceptCandidate", nullValue())
                    .body("errors[0].extensions.code", equalTo("bad-argument"))
                    .body("errors[0].message", containsString("edits"));
        }
        accept(EDITOR, 3, 4, "{}").body("errors", nullValue());
        assertEquals(1, FakeServices.calls("intake-service"), "only the last, a JSON object");
    }

    @Test
    void theOwningServicesRefusalComesBackAsIntakeServicePassedItOnAndTheCandidateStaysProposed() {
        accept(EDITOR, 3, 4, "{\"figure\": {\"value\": -5}}").body("data.acceptCandidate", nullValue())
                .body("errors[0].extensions.service", equalTo("intake-service"))
                .body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.violations[0].field", equalTo("figure.value"))
                .body("errors[0].extensions.violations[0].message", equalTo("must not be negative"));
        GatewayTest.graphql("{ article(id: \"%s\") { candidates(status: PROPOSED) { id } } }".formatted(articleId(3)))
                .body("data.article.candidates[0].id", equalTo(candidateId(3, 4)));
    }

    @Test
    void whenTheOwningServiceIsDownTheAcceptanceFailsAsUnavailableAndARetryLaterWorks() {
        FakeServices.DOWN.add("casualty-service");
        accept(EDITOR, 3, 4, null).body("data.acceptCandidate", nullValue())
                .body("errors[0].extensions.service", equalTo("intake-service"))
                .body("errors[0].extensions.status", equalTo(503))
                .body("errors[0].message", containsString("casualty-service is unavailable"));
        FakeServices.DOWN.clear();
        accept(EDITOR, 3, 4, null).body("errors", nullValue()).body("data.acceptCandidate.status", equalTo("ACCEPTED"));
    }

    @Test
    void aCandidateIsRejectedWithItsReasonAndAReviewedOneCannotChangeSides() {
        reject(EDITOR, 8, 4, "Not a claim: a quote of an earlier report").body("errors", nullValue())
                .body("data.rejectCandidate.status", equalTo("REJECTED"))
                .body("data.rejectCandidate.rejectionReason", equalTo("Not a claim: a quote of an earlier report"))
                .body("data.rejectCandidate.reviewedBy", equalTo("editor"));
        FakeServices.Request sent = onlyRequest(
                "articles/" + articleId(8) + "/candidates/" + candidateId(8, 4) + "/rejection");
        assertEquals(EDITOR, sent.authorization());
        assertEquals(Map.of("reason", "Not a claim: a quote of an earlier report"), sent.body());

        accept(EDITOR, 8, 4, null).body("data.acceptCandidate", nullValue())
                .body("errors[0].extensions.service", equalTo("intake-service"))
                .body("errors[0].extensions.status", equalTo(409))
                .body("errors[0].message", containsString("was rejected"));
        reject(EDITOR, 8, 1, "Duplicate").body("data.rejectCandidate", nullValue())
                .body("errors[0].extensions.status", equalTo(409))
                .body("errors[0].message", containsString("was accepted"));
        reject(EDITOR, 8, 2, " ").body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.violations[0].field", equalTo("reason"));
    }

    @Test
    void acceptingAnAcceptedCandidateAgainAnswersItAsItIs() {
        accept(EDITOR, 3, 1, null).body("errors", nullValue())
                .body("data.acceptCandidate.recordId", equalTo(FakeServices.claimId(3)))
                .body("data.acceptCandidate.casualtyClaim.id", equalTo(FakeServices.claimId(3)));
    }

    @Test
    void anUnknownCandidateIsAnErrorWithItsStatusAndMalformedIdsCostNoCall() {
        accept(EDITOR, 3, 9, null).body("data.acceptCandidate", nullValue())
                .body("errors[0].extensions.status", equalTo(404))
                .body("errors[0].extensions.service", equalTo("intake-service"));
        FakeServices.reset();
        GatewayTest.graphql(ACCEPT, Map.of("articleId", "article-3", "id", candidateId(3, 4)), EDITOR)
                .body("errors[0].extensions.code", equalTo("bad-argument"))
                .body("errors[0].message", equalTo("articleId must be a UUID"));
        GatewayTest.graphql(REJECT, Map.of("articleId", articleId(3), "id", "4", "reason", "x"), EDITOR)
                .body("errors[0].message", equalTo("id must be a UUID"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void withoutAnEditorsTokenNoMutationReachesIntakeService() {
        String text = "A missile strike hit Kharkiv overnight.";
        for (String authorization : new String[] { null, "Bearer " + Tokens.forged() }) {
            GatewayTest.graphql(SUBMIT, Map.of("input", article(text)), authorization)
                    .body("data.submitArticle", nullValue())
                    .body("errors[0].extensions.code", equalTo("unauthenticated"));
            accept(authorization, 3, 4, null).body("errors[0].extensions.code", equalTo("unauthenticated"));
            reject(authorization, 3, 4, "No").body("errors[0].extensions.code", equalTo("unauthenticated"));
        }
        String reader = "Bearer " + Tokens.reader();
        GatewayTest.graphql(SUBMIT, Map.of("input", article(text)), reader).body("errors[0].extensions.code",
                equalTo("forbidden"));
        accept(reader, 3, 4, null).body("errors[0].extensions.code", equalTo("forbidden"));
        reject(reader, 3, 4, "No").body("errors[0].extensions.code", equalTo("forbidden"));
        assertEquals(0, FakeServices.totalCalls());
        assertEquals(List.of(), FakeServices.INTAKE);
    }
}
