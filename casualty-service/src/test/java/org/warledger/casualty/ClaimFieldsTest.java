package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warledger.casualty.Claims.CLAIMS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.rest.ClaimMapper;
import org.warledger.casualty.rest.ClaimView;
import org.warledger.casualty.service.ClaimService;
import org.warledger.platform.rest.SparseFields;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/** fields= answers claim and claimant lists, look-ups and reads with only the properties named, and id. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class ClaimFieldsTest {

    private static final String CLAIMANTS = "/api/claimants";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CLAIM = List.of("id", "version", "claimant", "claimantId", "claimantName",
            "affiliation", "subject", "force", "category", "equipmentType", "figure", "scope", "asOf", "statedOn",
            "eventId", "sources", "status", "revision", "retractionReason", "externalKey", "createdAt", "updatedAt",
            "createdBy", "updatedBy");
    private static final List<String> CLAIMANT = List.of("id", "version", "name", "aliases", "kind", "affiliation",
            "parentId", "createdAt", "updatedAt", "createdBy", "updatedBy");

    @Inject
    ClaimService service;
    @Inject
    ClaimMapper mapper;
    @Inject
    SparseFields sparseFields;

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static List<String> keys(JsonNode record) {
        List<String> keys = new ArrayList<>();
        record.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void eachItemHasExactly(JsonNode page, Set<String> expected) {
        assertFalse(page.get("items").isEmpty());
        for (JsonNode item : page.get("items")) {
            assertEquals(expected, new TreeSet<>(keys(item)));
        }
    }

    /** A claimant identity of the test's own, and a claim of a fresh subject linked to it. */
    private static String[] linkedClaim(String subject) {
        String name = "Fields claimant " + subject;
        String claimant = given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MILITARY", "affiliation", "UA")).post(CLAIMANTS).then()
                .statusCode(201).extract().path("id");
        String claim = Claims
                .createId(Claims.cumulative(name, subject, "KILLED_OR_WOUNDED", "MORE_THAN", 555_620, "2024-07-10"));
        return new String[] { claimant, claim };
    }

    @Test
    void aListWithFieldsAnswersEachClaimWithOnlyThoseAndItsIdInTheSameEnvelope() throws Exception {
        String subject = Claims.freshSubject();
        String[] linked = linkedClaim(subject);
        Claims.createId(Claims.cumulative("Someone", subject, "KILLED", "EXACT", 10, "2024-07-01"));
        JsonNode page = json(given().queryParam("subject", subject).queryParam("limit", 1)
                .queryParam("fields", "claimant,figure,eventId,affiliation").get(CLAIMS).then().statusCode(200)
                .contentType("application/json").extract().asString());
        assertEquals(List.of("items", "nextCursor"), keys(page));
        eachItemHasExactly(page, Set.of("id", "claimant", "figure", "eventId", "affiliation"));
        JsonNode claim = page.get("items").get(0);
        assertEquals(linked[1], claim.get("id").asText());
        assertEquals("UA", claim.get("affiliation").asText());
        assertEquals(555_621, claim.get("figure").get("low").asInt(), "an object property comes whole");
        assertTrue(claim.get("eventId").isNull());

        JsonNode next = json(given().queryParam("subject", subject).queryParam("after", page.get("nextCursor").asText())
                .queryParam("fields", "asOf").get(CLAIMS).then().statusCode(200).extract().asString());
        eachItemHasExactly(next, Set.of("id", "asOf"));
        assertEquals("2024-07-01", next.get("items").get(0).get("asOf").asText());
    }

    @Test
    void aBatchLookUpAndASingleReadTakeFieldsAndRepeatedParametersAreUnioned() throws Exception {
        String subject = Claims.freshSubject();
        String[] linked = linkedClaim(subject);
        String other = Claims.createId(Claims.cumulative("Someone", subject, "KILLED", "EXACT", 10, "2024-07-01"));
        JsonNode page = json(given().queryParam("ids", linked[1] + "," + other).queryParam("fields", "claimantId")
                .queryParam("fields", "sources,status").get(CLAIMS).then().statusCode(200).extract().asString());
        assertEquals(2, page.get("items").size());
        eachItemHasExactly(page, Set.of("id", "claimantId", "sources", "status"));
        assertTrue(page.get("nextCursor").isNull());

        JsonNode one = json(given().queryParam("fields", "claimantName,revision").get(CLAIMS + "/" + linked[1]).then()
                .statusCode(200).header("ETag", equalTo("\"0\"")).extract().asString());
        assertEquals(List.of("id", "claimantName", "revision"), keys(one));
        assertEquals("Fields claimant " + subject, one.get("claimantName").asText());

        JsonNode asKnown = json(given().queryParam("knownAt", "2999-01-01T00:00:00Z").queryParam("ids", linked[1])
                .queryParam("fields", "claimantName").get(CLAIMS).then().statusCode(200).extract().asString());
        eachItemHasExactly(asKnown, Set.of("id", "claimantName"));
        assertEquals("Fields claimant " + subject, asKnown.get("items").get(0).get("claimantName").asText());
    }

    @Test
    void claimantListsAndReadsTakeFields() throws Exception {
        String subject = Claims.freshSubject();
        String[] linked = linkedClaim(subject);
        JsonNode page = json(given().queryParam("kind", "MILITARY").queryParam("fields", "name, aliases").get(CLAIMANTS)
                .then().statusCode(200).extract().asString());
        assertEquals(List.of("items", "nextCursor"), keys(page));
        eachItemHasExactly(page, Set.of("id", "name", "aliases"));
        JsonNode byName = json(given().queryParam("name", "Fields claimant " + subject).queryParam("fields", "kind")
                .get(CLAIMANTS).then().statusCode(200).extract().asString());
        eachItemHasExactly(byName, Set.of("id", "kind"));
        assertEquals(linked[0], byName.get("items").get(0).get("id").asText());
        JsonNode one = json(given().queryParam("fields", "affiliation").get(CLAIMANTS + "/" + linked[0]).then()
                .statusCode(200).extract().asString());
        assertEquals(List.of("id", "affiliation"), keys(one));
    }

    @Test
    void withoutFieldsOrWithAnEmptyOneTheWholeRecordComesAsBefore() throws Exception {
        String subject = Claims.freshSubject();
        String[] linked = linkedClaim(subject);
        String whole = given().queryParam("ids", linked[1]).get(CLAIMS).then().statusCode(200).extract().asString();
        assertEquals(CLAIM, keys(json(whole).get("items").get(0)));
        assertEquals(whole,
                given().queryParam("ids", linked[1]).queryParam("fields", "").get(CLAIMS).then().extract().asString());
        assertEquals(whole, given().queryParam("ids", linked[1]).queryParam("fields", String.join(",", CLAIM))
                .get(CLAIMS).then().statusCode(200).extract().asString());
        String single = given().get(CLAIMS + "/" + linked[1]).then().statusCode(200).extract().asString();
        assertEquals(single,
                given().queryParam("fields", "").get(CLAIMS + "/" + linked[1]).then().extract().asString());
        String claimant = given().get(CLAIMANTS + "/" + linked[0]).then().statusCode(200).extract().asString();
        assertEquals(CLAIMANT, keys(json(claimant)));
        assertEquals(claimant,
                given().queryParam("fields", "").get(CLAIMANTS + "/" + linked[0]).then().extract().asString());
    }

    @Test
    void anUnknownFieldIsAProblemNamingItAndTheAllowedOnes() {
        given().queryParam("fields", "claimant,figure.value").get(CLAIMS).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("fields"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", allOf(containsString("unknown field figure.value"),
                        containsString("allowed: id, version, claimant, claimantId, claimantName")));
        given().queryParam("fields", "name,title").get(CLAIMANTS).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].message", allOf(
                        containsString("unknown field title"), containsString("allowed: id, version, name, aliases")));
        given().queryParam("fields", "colour").get(CLAIMS + "/" + UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void tooManyOrTooLongNamesAreRefused() {
        given().queryParam("fields", String.join(",", CLAIM)).queryParam("fields", "id").get(CLAIMS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].message", containsString("at most " + CLAIM.size() + " names"));
        given().queryParam("fields", "x".repeat(65)).get(CLAIMANTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", containsString("at most 64 characters"));
    }

    @Test
    void claimsAnsweredWithoutTheirClaimantsNameOrAffiliationDoNotLoadTheirIdentity() {
        String subject = Claims.freshSubject();
        UUID claim = UUID.fromString(linkedClaim(subject)[1]);
        QuarkusTransaction.requiringNew().run(() -> {
            CasualtyClaim read = service.getMany(List.of(claim), null).get(0);
            ClaimView view = mapper.toView(read,
                    sparseFields.select(ClaimView.class, List.of("claimantId,figure,sources")));
            assertFalse(Hibernate.isInitialized(read.identity), "the identity is not read");
            assertEquals(read.identity.id, view.claimantId());
            assertNull(view.claimantName());
        });
        QuarkusTransaction.requiringNew().run(() -> {
            CasualtyClaim read = service.getMany(List.of(claim), null).get(0);
            ClaimView view = mapper.toView(read, sparseFields.select(ClaimView.class, List.of("affiliation")));
            assertTrue(Hibernate.isInitialized(read.identity));
            assertEquals("UA", view.affiliation());
        });
    }
}
