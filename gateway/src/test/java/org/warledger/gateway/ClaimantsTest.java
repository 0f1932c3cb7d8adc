package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/**
 * Claimant identities through the gateway: their connection over casualty-service's pages, look-ups, the names no
 * identity knows yet, a claim's links, and the mutations that record, change and link them, each checked against what
 * the fake casualty-service received.
 */
@QuarkusTest
class ClaimantsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITOR = "Bearer " + Tokens.editor();
    private static final String PAGE = """
            query($after: String) {
              claimants(first: 3, after: $after, name: "UK", kind: GOVERNMENT, affiliation: "GB",
                        parentId: "%s") {
                edges { cursor node { id name } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """.formatted(CasualtyFixtures.claimantId(2));

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    /** A mutation with the editor's token and, unless null, an Idempotency-Key. */
    private static ValidatableResponse mutate(String mutation, Map<String, Object> variables, String key) {
        var request = given().contentType(ContentType.JSON).header("Authorization", EDITOR)
                .body(Map.of("query", mutation, "variables", variables));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/graphql").then().statusCode(200);
    }

    private static FakeServices.Request onlyRequest(String path) {
        List<FakeServices.Request> sent = FakeServices.requests(path);
        assertEquals(1, sent.size(), path + ": " + FakeServices.REQUESTS);
        return sent.get(0);
    }

    private static Map<String, Object> filters(String... more) {
        Map<String, Object> query = new HashMap<>(Map.of("name", List.of("UK"), "kind", List.of("GOVERNMENT"),
                "affiliation", List.of("GB"), "parentId", List.of(CasualtyFixtures.claimantId(2))));
        for (int i = 0; i < more.length; i += 2) {
            query.put(more[i], List.of(more[i + 1]));
        }
        return query;
    }

    @Test
    void claimantsArePagedWithTheServicesCursorCarriedUnchanged() throws Exception {
        String endCursor = GatewayTest.graphql(PAGE, Map.of(), null).body("errors", nullValue())
                .body("data.claimants.edges.node.name",
                        contains("UK Ministry of Defence", "Government of the United Kingdom",
                                "General Staff of the Armed Forces of Ukraine"))
                .body("data.claimants.pageInfo.hasNextPage", equalTo(true)).extract()
                .path("data.claimants.pageInfo.endCursor");
        assertEquals(filters("limit", "3"), onlyRequest("claimants").query());
        JsonNode wrapped = JSON.readTree(Base64.getUrlDecoder().decode(endCursor));
        assertEquals("claimants", wrapped.get("connection").asText());
        assertEquals("claimant-after-3", wrapped.get("after").asText(), "the service's own cursor, as sent");

        FakeServices.reset();
        String last = GatewayTest.graphql(PAGE, Map.of("after", endCursor), null).body("errors", nullValue())
                .body("data.claimants.edges.node.id",
                        contains(CasualtyFixtures.claimantId(4), CasualtyFixtures.claimantId(5),
                                CasualtyFixtures.claimantId(6)))
                .body("data.claimants.pageInfo.hasNextPage", equalTo(true)).extract()
                .path("data.claimants.pageInfo.endCursor");
        assertEquals(filters("limit", "3", "after", "claimant-after-3"), onlyRequest("claimants").query());

        FakeServices.reset();
        GatewayTest.graphql(PAGE, Map.of("after", last), null).body("data.claimants.edges", hasSize(1))
                .body("data.claimants.edges[0].node.name", equalTo("Kremlin"))
                .body("data.claimants.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void aCursorInsideAPageContinuesRightAfterItsEdge() {
        List<String> cursors = GatewayTest.graphql(PAGE, Map.of(), null).extract().path("data.claimants.edges.cursor");
        FakeServices.reset();
        GatewayTest.graphql(PAGE, Map.of("after", cursors.get(0)), null).body("errors", nullValue())
                .body("data.claimants.edges.node.id", contains(CasualtyFixtures.claimantId(2),
                        CasualtyFixtures.claimantId(3), CasualtyFixtures.claimantId(4)));
        assertEquals(filters("limit", "4"), onlyRequest("claimants").query(), "the edge already shown and three more");
    }

    @Test
    void aClaimantReadsAsTheServiceSentItAndAnUnknownOneIsNull() {
        String c = "data.claimant.";
        GatewayTest
                .graphql("{ claimant(id: \"" + CasualtyFixtures.claimantId(1) + "\") { id version name aliases kind "
                        + "affiliation parentId createdAt updatedAt createdBy updatedBy } }")
                .body("errors", nullValue()).body(c + "id", equalTo(CasualtyFixtures.claimantId(1)))
                .body(c + "version", equalTo(3)).body(c + "name", equalTo("UK Ministry of Defence"))
                .body(c + "aliases", contains("UK MoD", "British Ministry of Defence"))
                .body(c + "kind", equalTo("GOVERNMENT")).body(c + "affiliation", equalTo("GB"))
                .body(c + "parentId", equalTo(CasualtyFixtures.claimantId(2)))
                .body(c + "createdAt", equalTo("2024-11-01T09:00:00Z"))
                .body(c + "updatedAt", equalTo("2024-11-02T10:30:00Z")).body(c + "createdBy", equalTo("editor"))
                .body(c + "updatedBy", equalTo("alice"));
        GatewayTest.graphql("{ claimant(id: \"" + CasualtyFixtures.claimantId(90) + "\") { id } }")
                .body("errors", nullValue()).body("data.claimant", nullValue());
    }

    @Test
    void namesNoIdentityKnowsComeWithTheirClaimsAndTheLimitIsPassedOn() {
        GatewayTest.graphql("{ unlinkedClaimants(limit: 2) { items { name claims latestAsOf } truncated } }")
                .body("errors", nullValue())
                .body("data.unlinkedClaimants.items.name", contains("NATO Secretary General", "Mediazona"))
                .body("data.unlinkedClaimants.items.claims", contains(3, 1))
                .body("data.unlinkedClaimants.items[0].latestAsOf", equalTo("2024-10-01"))
                .body("data.unlinkedClaimants.truncated", equalTo(true));
        assertEquals(Map.of("limit", List.of("2")), onlyRequest("claimants/unlinked").query());
        FakeServices.reset();
        GatewayTest.graphql("{ unlinkedClaimants { truncated } }").body("errors", nullValue());
        assertEquals(Map.of(), onlyRequest("claimants/unlinked").query());
    }

    @Test
    void aClaimsLinksAreListedAndAClaimThatDoesNotExistHasNone() {
        String l = "data.claimantLinks";
        GatewayTest
                .graphql("{ claimantLinks(claimId: \"" + FakeServices.claimId(1)
                        + "\") { claimantId previousClaimantId how note recordedAt recordedBy } }")
                .body("errors", nullValue()).body(l, hasSize(2)).body(l + ".how", contains("ON_CREATE", "EDITOR"))
                .body(l + "[0].claimantId", equalTo(CasualtyFixtures.GENERAL_STAFF))
                .body(l + "[0].previousClaimantId", nullValue()).body(l + "[0].note", nullValue())
                .body(l + "[1].claimantId", equalTo(CasualtyFixtures.claimantId(1)))
                .body(l + "[1].previousClaimantId", equalTo(CasualtyFixtures.GENERAL_STAFF))
                .body(l + "[1].note", equalTo("the quote is the UK MoD's"))
                .body(l + "[1].recordedAt", equalTo("2024-11-18T10:00:00Z"))
                .body(l + "[1].recordedBy", equalTo("alice"));
        GatewayTest.graphql("{ claimantLinks(claimId: \"" + FakeServices.claimId(2) + "\") { how } }")
                .body("errors", nullValue()).body(l, nullValue());
    }

    @Test
    void recordingAClaimantSendsTheTokenTheBodyAndAKeyOfItsOwn() {
        Map<String, Object> input = Map.of("name", "UK Defence Intelligence", "aliases", List.of("DI"), "kind",
                "INTELLIGENCE", "affiliation", "GB", "parentId", CasualtyFixtures.claimantId(1));
        mutate("mutation($input: ClaimantInput!) { createClaimant(input: $input) { id version name aliases kind } }",
                Map.of("input", input), "claimant-7").body("errors", nullValue())
                        .body("data.createClaimant.id", equalTo(CasualtyFixtures.claimantId(99)))
                        .body("data.createClaimant.version", equalTo(0))
                        .body("data.createClaimant.name", equalTo("UK Defence Intelligence"))
                        .body("data.createClaimant.aliases", contains("DI"))
                        .body("data.createClaimant.kind", equalTo("INTELLIGENCE"));
        FakeServices.Request sent = onlyRequest("claimants");
        assertEquals("POST", sent.method());
        assertEquals(EDITOR, sent.authorization());
        assertEquals("claimant-7:createClaimant", sent.idempotencyKey());
        assertEquals(input, sent.body(), "the fields of the contract, no version");
    }

    @Test
    void aClaimantTheServiceRefusesComesBackWithItsViolation() {
        mutate("mutation { createClaimant(input: {name: \" \"}) { id } }", Map.of(), null)
                .body("data.createClaimant", nullValue())
                .body("errors[0].message", containsString("name: must not be blank"))
                .body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.violations[0].field", equalTo("name"));
        assertNull(onlyRequest("claimants").idempotencyKey());
    }

    @Test
    void updatingAClaimantSendsTheVersionReadAndAStaleOrABadParentIsRefusedWithTheServicesDetail() {
        String mutation = "mutation($input: ClaimantInput!) { updateClaimant(id: \"" + CasualtyFixtures.claimantId(1)
                + "\", input: $input) { id version name updatedBy } }";
        Map<String, Object> input = new HashMap<>(
                Map.of("name", "Ministry of Defence (UK)", "aliases", List.of("UK MoD"), "kind", "GOVERNMENT",
                        "affiliation", "GB", "parentId", CasualtyFixtures.claimantId(2), "version", 3));
        mutate(mutation, Map.of("input", input), "update-1").body("errors", nullValue())
                .body("data.updateClaimant.version", equalTo(4))
                .body("data.updateClaimant.name", equalTo("Ministry of Defence (UK)"))
                .body("data.updateClaimant.updatedBy", equalTo("editor"));
        FakeServices.Request sent = onlyRequest("claimants/" + CasualtyFixtures.claimantId(1));
        assertEquals("PUT", sent.method());
        assertEquals(EDITOR, sent.authorization());
        assertNull(sent.idempotencyKey(), "a PUT is repeatable as it is");
        assertEquals(input, sent.body());

        input.put("version", 2);
        mutate(mutation, Map.of("input", input), null).body("data.updateClaimant", nullValue())
                .body("errors[0].message", containsString("the claimant was changed since version 2"))
                .body("errors[0].extensions.status", equalTo(409));
        input.put("version", 3);
        input.put("parentId", CasualtyFixtures.claimantId(5));
        mutate(mutation, Map.of("input", input), null).body("data.updateClaimant", nullValue())
                .body("errors[0].message", containsString("parentId: no such claimant"))
                .body("errors[0].extensions.status", equalTo(422))
                .body("errors[0].extensions.violations[0].field", equalTo("parentId"));
    }

    @Test
    void linkingAClaimSendsTheIdentityWithAKeyAndUnlinkingSendsNull() {
        String mutation = "mutation($input: ClaimantLinkInput!) { link: linkClaimant(id: \"" + FakeServices.claimId(1)
                + "\", input: $input) { id version claimant claimantId claimantName affiliation } }";
        mutate(mutation,
                Map.of("input",
                        Map.of("version", 0, "claimantId", CasualtyFixtures.claimantId(1), "note",
                                "the quote is the UK MoD's")),
                "link-3").body("errors", nullValue()).body("data.link.version", equalTo(1))
                        .body("data.link.claimant", equalTo("Ukrainian General Staff"))
                        .body("data.link.claimantId", equalTo(CasualtyFixtures.claimantId(1)))
                        .body("data.link.claimantName", equalTo("UK Ministry of Defence"))
                        .body("data.link.affiliation", equalTo("GB"));
        String path = "casualty-claims/" + FakeServices.claimId(1) + "/claimant";
        FakeServices.Request sent = onlyRequest(path);
        assertEquals("POST", sent.method());
        assertEquals(EDITOR, sent.authorization());
        assertEquals("link-3:link", sent.idempotencyKey());
        assertEquals(
                Map.of("version", 0, "claimantId", CasualtyFixtures.claimantId(1), "note", "the quote is the UK MoD's"),
                sent.body());

        FakeServices.reset();
        mutate(mutation, Map.of("input", Map.of("version", 0)), null).body("errors", nullValue())
                .body("data.link.claimantId", nullValue()).body("data.link.claimantName", nullValue());
        assertEquals(CasualtyFixtures.map("version", 0, "claimantId", null, "note", null), onlyRequest(path).body(),
                "a null claimantId is sent: it unlinks");

        mutate(mutation, Map.of("input", Map.of("version", 5)), null).body("data.link", nullValue())
                .body("errors[0].message", containsString("the claim was changed since version 5"))
                .body("errors[0].extensions.status", equalTo(409));
    }
}
