package org.warledger.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/** The gateway verifies a mutation's token itself: a token it refuses costs no backend call. */
@QuarkusTest
class GatewayTokensTest {

    private static final String CREATE = """
            mutation($input: EventInput!) { createEvent(input: $input) { id title } }
            """;
    private static final Map<String, Object> INPUT = Map.of("title", "Strike on Kyiv", "type", "STRIKE", "date",
            "2024-11-17", "sources", List.of(Map.of("publisher", "Newsroom")));

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static ValidatableResponse create(String authorization) {
        return GatewayTest.graphql(CREATE, Map.of("input", INPUT), authorization).body("data.createEvent", nullValue());
    }

    private static void refused(String authorization, String message) {
        create(authorization).body("errors[0].extensions.code", equalTo("unauthenticated"))
                .body("errors[0].message", containsString(message)).body("errors[0].path[0]", equalTo("createEvent"));
        assertEquals(0, FakeServices.totalCalls(), "no backend call for " + authorization);
    }

    @Test
    void anEditorsVerifiedTokenIsPassedOnAsItCame() {
        String editor = "Bearer " + Tokens.editor();
        GatewayTest.graphql(CREATE, Map.of("input", INPUT), editor).body("errors", nullValue())
                .body("data.createEvent.title", equalTo("Strike on Kyiv"));
        assertEquals(List.of(editor), FakeServices.AUTHORIZATIONS);
        assertEquals(1, FakeServices.totalCalls());
    }

    @Test
    void aMutationWithoutABearerTokenIsRefusedBeforeAnyCall() {
        refused(null, "needs a bearer token");
        refused("Basic YWxpY2U6c2VjcmV0", "needs a bearer token");
    }

    @Test
    void aTokenThatIsNotAValidSignedTokenIsRefusedBeforeAnyCall() {
        refused("Bearer not-a-token", "the bearer token was refused");
        refused("Bearer " + Tokens.forged(), "the bearer token was refused");
        refused("Bearer " + Tokens.editor().substring(0, Tokens.editor().lastIndexOf('.')) + ".c2lnbmF0dXJl",
                "the bearer token was refused");
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        refused("Bearer " + Tokens.otherAudience(), "the bearer token was refused");
        refused("Bearer " + Tokens.noAudience(), "the bearer token was refused");
    }

    @Test
    void anExpiredTokenOrOneIssuedInTheFutureIsRefused() {
        refused("Bearer " + Tokens.issuedIn(-7200), "the bearer token was refused");
        refused("Bearer " + Tokens.issuedIn(3600), "issued in the future");
        refused("Bearer " + Tokens.issuedIn(300), "issued in the future");
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() {
        GatewayTest.graphql(CREATE, Map.of("input", INPUT), "Bearer " + Tokens.issuedIn(20)).body("errors", nullValue())
                .body("data.createEvent.title", equalTo("Strike on Kyiv"));
        assertEquals(1, FakeServices.totalCalls());
    }

    @Test
    void aTokenWithoutASubjectOrWithAnOverlongOneIsRefusedAndSaysWhy() {
        refused("Bearer " + Tokens.withoutSubject(), "the bearer token has no subject (sub)");
        refused("Bearer " + Tokens.token("alice\u0000", "editor"), "holds control characters");
        refused("Bearer " + Tokens.token("s".repeat(201), "editor"), "longer than 200 characters");
        GatewayTest.graphql(CREATE, Map.of("input", INPUT), "Bearer " + Tokens.token("s".repeat(200), "editor"))
                .body("errors", nullValue());
        assertEquals(1, FakeServices.totalCalls());
    }

    @Test
    void aValidTokenWithoutTheRoleEditorIsForbiddenBeforeAnyCall() {
        create("Bearer " + Tokens.reader()).body("errors[0].extensions.code", equalTo("forbidden"))
                .body("errors[0].message", containsString("role editor"));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void aliasedMutationsWithAGarbageTokenCallNoService() {
        // Ten is the most mutations a request may hold; 100 are refused by the budget (BudgetTest) before this check.
        StringBuilder query = new StringBuilder("mutation($input: EventInput!) {");
        for (int i = 0; i < 10; i++) {
            query.append(" m").append(i).append(": createEvent(input: $input) { id }");
        }
        query.append(" }");
        GatewayTest.graphql(query.toString(), Map.of("input", INPUT), "Bearer garbage").body("errors", hasSize(10))
                .body("errors.extensions.code", everyItem(equalTo("unauthenticated")));
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void everyKindOfMutationChecksTheTokenFirst() {
        String id = FakeServices.eventId(1);
        for (String mutation : List.of(
                "mutation { updateEvent(id: \"" + id + "\", input: {title: \"x\", type: STRIKE, date: \"2024-11-19\", "
                        + "sources: []}) { id } }",
                "mutation { createCasualtyClaim(input: {claimant: \"x\", subject: \"RU\", category: KILLED, "
                        + "figure: {qualifier: EXACT, value: 1}, scope: {kind: CUMULATIVE}, asOf: \"2024-11-19\", "
                        + "sources: []}) { id } }",
                "mutation { reviseCasualtyClaim(id: \"" + id + "\", input: {version: 0, figure: {qualifier: EXACT, "
                        + "value: 1}, asOf: \"2024-11-19\", sources: []}) { id } }",
                "mutation { createAidPledge(input: {title: \"x\", donor: \"US\", recipient: \"UA\", kind: PLEDGE, "
                        + "type: MILITARY, announcedOn: \"2024-11-19\", sources: []}) { id } }",
                "mutation { changeAidPledgeStatus(id: \"" + id + "\", input: {status: DELIVERED, on: \"2024-11-19\", "
                        + "source: {publisher: \"x\"}}) { id } }",
                "mutation { createClaimant(input: {name: \"UK MoD\"}) { id } }",
                "mutation { updateClaimant(id: \"" + id + "\", input: {name: \"UK MoD\", version: 0}) { id } }",
                "mutation { linkClaimant(id: \"" + id + "\", input: {version: 0, claimantId: \"" + id + "\"}) "
                        + "{ id } }",
                "mutation { submitArticle(input: {url: \"https://news.example/1\", text: \"x\"}) { id } }",
                "mutation { acceptCandidate(articleId: \"" + id + "\", id: \"" + id + "\") { id } }",
                "mutation { rejectCandidate(articleId: \"" + id + "\", id: \"" + id + "\", reason: \"x\") { id } }")) {
            GatewayTest.graphql(mutation, Map.of(), "Bearer " + Tokens.reader()).body("errors[0].extensions.code",
                    equalTo("forbidden"));
            GatewayTest.graphql(mutation, Map.of(), "Bearer " + Tokens.forged()).body("errors[0].extensions.code",
                    equalTo("unauthenticated"));
        }
        assertEquals(0, FakeServices.totalCalls());
    }

    @Test
    void readsNeedNoTokenAndIgnoreARefusedOne() {
        String query = "{ events(first: 2) { edges { node { id } } } }";
        GatewayTest.graphql(query).body("errors", nullValue()).body("data.events.edges", hasSize(2));
        GatewayTest.graphql(query, Map.of(), "Bearer garbage").body("errors", nullValue()).body("data.events.edges",
                hasSize(2));
        GatewayTest.graphql(query, Map.of(), "Bearer " + Tokens.forged()).body("errors", nullValue())
                .body("data.events.edges", hasSize(2));
    }

    @Test
    void everyGraphQLApiClassCarriesAnExplicitSecurityAnnotation() throws Exception {
        for (String name : List.of("QueryApi", "MutationApi", "CrossServiceFields", "CandidateProposals")) {
            Class<?> api = Class.forName("org.warledger.gateway.resolver." + name);
            assertTrue(api.isAnnotationPresent(GraphQLApi.class), name);
            assertTrue(api.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)
                    || api.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class), name);
        }
        Class<?> mutations = Class.forName("org.warledger.gateway.resolver.MutationApi");
        List<Method> declared = Arrays.stream(mutations.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Mutation.class)).toList();
        assertEquals(12, declared.size());
    }
}
