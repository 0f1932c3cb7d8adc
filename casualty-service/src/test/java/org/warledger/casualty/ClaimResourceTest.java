package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warledger.casualty.Claims.CLAIMS;
import static org.warledger.casualty.Claims.create;
import static org.warledger.casualty.Claims.createId;
import static org.warledger.casualty.Claims.revise;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class ClaimResourceTest {

    @Test
    void createsAClaimWithDerivedBoundsAndReadsItBack() {
        String subject = Claims.freshSubject();
        Map<String, Object> claim = Claims.cumulative("Ukrainian General Staff", subject, "KILLED_OR_WOUNDED",
                "MORE_THAN", 555_620, "2024-07-10");
        claim.put("force", "Wagner Group");
        String location = create(claim).statusCode(201).header("Location", containsString(CLAIMS + "/"))
                .header("ETag", equalTo("\"0\"")).body("createdBy", equalTo("alice")).body("status", equalTo("ACTIVE"))
                .body("revision", equalTo(1)).extract().header("Location");
        given().get(location).then().statusCode(200).body("claimant", equalTo("Ukrainian General Staff"))
                .body("subject", equalTo(subject)).body("force", equalTo("Wagner Group"))
                .body("figure.qualifier", equalTo("MORE_THAN")).body("figure.value", equalTo(555_620))
                .body("figure.low", equalTo(555_621)).body("figure.best", equalTo(555_621))
                .body("figure.high", nullValue()).body("scope.kind", equalTo("CUMULATIVE"))
                .body("scope.from", equalTo("2022-02-24")).body("asOf", equalTo("2024-07-10"))
                .body("sources[0].quote", equalTo("Ukrainian General Staff said so"));
    }

    @Test
    void writesNeedATokenWithTheEditorRole() {
        Map<String, Object> claim = Claims.cumulative("X", Claims.freshSubject(), "KILLED", "EXACT", 1, "2024-01-01");
        given().contentType(ContentType.JSON).body(claim).post(CLAIMS).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.forged()).contentType(ContentType.JSON).body(claim).post(CLAIMS).then()
                .statusCode(401);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(claim).post(CLAIMS).then()
                .statusCode(403).contentType("application/problem+json");
        String id = createId(claim);
        Map<String, Object> revision = revision(0, "EXACT", 2);
        given().contentType(ContentType.JSON).body(revision).post(CLAIMS + "/" + id + "/revisions").then()
                .statusCode(401);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(revision)
                .post(CLAIMS + "/" + id + "/revisions").then().statusCode(403);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body(Map.of("version", 0, "reason", "x"))
                .post(CLAIMS + "/" + id + "/retraction").then().statusCode(403);
        given().get(CLAIMS + "/" + id).then().body("version", equalTo(0)).body("figure.value", equalTo(1));
    }

    @Test
    void aRevisionKeepsTheEarlierValueInTheHistory() {
        String id = createId(Claims.cumulative("NATO Secretary General", Claims.freshSubject(), "KILLED_OR_WOUNDED",
                "MORE_THAN", 350_000, "2024-07-10"));
        Map<String, Object> correction = revision(0, "APPROXIMATELY", 360_000);
        correction.put("note", "the first report misquoted the figure");
        revise(id, correction).statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1))
                .body("revision", equalTo(2)).body("figure.qualifier", equalTo("APPROXIMATELY"))
                .body("figure.low", equalTo(324_000)).body("figure.high", equalTo(396_000));

        given().get(CLAIMS + "/" + id + "/history").then().statusCode(200).body("$", hasSize(2))
                .body("revision", contains(1, 2)).body("status", contains("SUPERSEDED", "ACTIVE"))
                .body("[0].figure.value", equalTo(350_000)).body("[0].figure.qualifier", equalTo("MORE_THAN"))
                .body("[1].figure.value", equalTo(360_000))
                .body("[1].note", equalTo("the first report misquoted the figure"))
                .body("[1].recordedBy", equalTo("alice"));
    }

    @Test
    void aStaleRevisionIsRefusedAndChangesNothing() {
        String id = createId(
                Claims.cumulative("UK intelligence", Claims.freshSubject(), "KILLED", "EXACT", 100, "2024-07-10"));
        revise(id, revision(0, "EXACT", 110)).statusCode(200);
        revise(id, revision(0, "EXACT", 120)).statusCode(409).contentType("application/problem+json").body("detail",
                containsString("version 1"));
        given().get(CLAIMS + "/" + id).then().body("figure.value", equalTo(110));
        given().get(CLAIMS + "/" + id + "/history").then().body("$", hasSize(2));
    }

    @Test
    void revisingOrRetractingAnUnknownClaimIs404() {
        String unknown = UUID.randomUUID().toString();
        revise(unknown, revision(0, "EXACT", 1)).statusCode(404).contentType("application/problem+json");
        given().get(CLAIMS + "/" + unknown + "/history").then().statusCode(404);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(Map.of("version", 0, "reason", "x"))
                .post(CLAIMS + "/" + unknown + "/retraction").then().statusCode(404);
    }

    @Test
    void aRevisionIsValidatedLikeAClaim() {
        String id = createId(Claims.cumulative("X", Claims.freshSubject(), "KILLED", "EXACT", 5, "2024-07-10"));
        revise(id, revision(0, "RANGE", 5)).statusCode(400).body("violations.field",
                contains("figure.rangeConsistent"));
        Map<String, Object> early = revision(0, "EXACT", 6);
        early.put("asOf", "2021-01-01");
        revise(id, early).statusCode(400).body("violations[0].field", equalTo("asOf"));
        Map<String, Object> noVersion = revision(0, "EXACT", 6);
        noVersion.remove("version");
        revise(id, noVersion).statusCode(400).body("violations[0].field", equalTo("version"));
        given().get(CLAIMS + "/" + id + "/history").then().body("$", hasSize(1));
    }

    @Test
    void aRetractedClaimLeavesTheSummaryButKeepsItsHistory() {
        String subject = Claims.freshSubject();
        Instant before = Instant.now().minusSeconds(1);
        String id = createId(Claims.cumulative("Claimant A", subject, "KILLED", "EXACT", 100, "2024-07-10"));
        createId(Claims.cumulative("Claimant B", subject, "KILLED", "EXACT", 200, "2024-07-10"));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "reason", "misattributed")).post(CLAIMS + "/" + id + "/retraction").then()
                .statusCode(200).body("status", equalTo("RETRACTED"))
                .body("retractionReason", equalTo("misattributed"));
        given().queryParam("subject", subject).queryParam("category", "KILLED").queryParam("asOf", "2024-12-31")
                .get(CLAIMS + "/summary").then().body("claimants", equalTo(1)).body("low", equalTo(200));
        given().get(CLAIMS + "/" + id + "/history").then().body("status", contains("RETRACTED"));
        given().queryParam("subject", subject).queryParam("status", "RETRACTED").get(CLAIMS).then().body("items.id",
                contains(id));
        given().queryParam("subject", subject).queryParam("changedSince", before.toString()).get(CLAIMS).then()
                .body("items", hasSize(2));
        revise(id, revision(1, "EXACT", 5)).statusCode(409);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(Map.of("version", 1, "reason", "x"))
                .post(CLAIMS + "/" + id + "/retraction").then().statusCode(409);
    }

    @Test
    void theSummaryTakesEachClaimantsLatestClaimAsOfTheDate() {
        String subject = Claims.freshSubject();
        createId(Claims.cumulative("General Staff", subject, "KILLED_OR_WOUNDED", "EXACT", 500_000, "2024-06-01"));
        createId(Claims.cumulative("General Staff", subject, "KILLED_OR_WOUNDED", "EXACT", 600_000, "2024-11-01"));
        createId(Claims.cumulative("Ministry", subject, "KILLED_OR_WOUNDED", "EXACT", 450_000, "2024-08-01"));
        // Other quantities of the same subject never mix in.
        createId(Claims.cumulative("Ministry", subject, "KILLED", "EXACT", 10, "2024-08-01"));
        createId(Claims.interval("Ministry", subject, "KILLED_OR_WOUNDED", 1_000, "2024-08-01", "2024-08-02"));

        given().queryParam("subject", subject).queryParam("category", "KILLED_OR_WOUNDED")
                .queryParam("asOf", "2024-09-01").get(CLAIMS + "/summary").then().body("claimants", equalTo(2))
                .body("claims.figure.value", contains(450_000, 500_000)).body("low", equalTo(450_000))
                .body("high", equalTo(500_000)).body("openAbove", equalTo(false));
        given().queryParam("subject", subject).queryParam("category", "KILLED_OR_WOUNDED")
                .queryParam("asOf", "2024-12-01").get(CLAIMS + "/summary").then()
                .body("claims.figure.value", contains(450_000, 600_000)).body("high", equalTo(600_000))
                .body("highClaimant", equalTo("General Staff"));
    }

    @Test
    void theSeriesFollowsOneClaimantOverTime() {
        String subject = Claims.freshSubject();
        createId(Claims.cumulative("General Staff", subject, "KILLED", "EXACT", 9_000, "2024-11-01"));
        for (String[] point : new String[][] { { "2024-09-01", "8000" }, { "2024-10-01", "8500" } }) {
            Map<String, Object> claim = Claims.cumulative("General Staff", subject, "EQUIPMENT", "EXACT",
                    Long.parseLong(point[1]), point[0]);
            claim.put("equipmentType", "TANK");
            createId(claim);
        }
        Map<String, Object> other = Claims.cumulative("Someone else", subject, "EQUIPMENT", "EXACT", 1, "2024-10-15");
        other.put("equipmentType", "TANK");
        createId(other);

        given().queryParam("subject", subject).queryParam("category", "EQUIPMENT").queryParam("equipmentType", "TANK")
                .queryParam("claimant", "General Staff").get(CLAIMS + "/series").then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].name", equalTo("General Staff"))
                .body("lines[0].claimantId", nullValue()).body("points", equalTo(2))
                .body("lines[0].points.asOf", contains("2024-09-01", "2024-10-01"))
                .body("lines[0].points.figure.best", contains(8000, 8500)).body("truncated", equalTo(false));
        given().queryParam("subject", subject).queryParam("category", "EQUIPMENT")
                .queryParam("claimant", "General Staff").get(CLAIMS + "/series").then().statusCode(400)
                .body("violations[0].field", equalTo("equipmentType"));
    }

    @Test
    void pagesThroughAFilteredListWithoutGapsOrRepeats() {
        String subject = Claims.freshSubject();
        List<String> created = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            created.add(createId(Claims.cumulative("Daily", subject, "KILLED", "EXACT", day, "2024-11-0" + day)));
        }
        createId(Claims.cumulative("Daily", subject, "WOUNDED", "EXACT", 1, "2024-11-01"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("subject", subject).queryParam("category", "KILLED").queryParam("limit",
                    2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.get(CLAIMS).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(7, seen.size());
        assertEquals(new HashSet<>(created), new HashSet<>(seen));
        assertEquals(created.get(6), seen.get(0));

        given().queryParam("subject", subject).queryParam("from", "2024-11-03").queryParam("to", "2024-11-04")
                .queryParam("category", "KILLED").get(CLAIMS).then()
                .body("items.asOf", contains("2024-11-04", "2024-11-03"));
        given().queryParam("subject", subject).queryParam("claimant", "Nobody").get(CLAIMS).then().body("items",
                hasSize(0));
    }

    @Test
    void looksUpClaimsByIdsAndByEvents() {
        String subject = Claims.freshSubject();
        String eventA = UUID.randomUUID().toString();
        String eventB = UUID.randomUUID().toString();
        Map<String, Object> first = Claims.cumulative("A", subject, "KILLED", "EXACT", 1, "2024-11-01");
        first.put("eventId", eventA);
        Map<String, Object> second = Claims.cumulative("B", subject, "KILLED", "EXACT", 2, "2024-11-01");
        second.put("eventId", eventB);
        String a = createId(first);
        String b = createId(second);
        createId(Claims.cumulative("C", subject, "KILLED", "EXACT", 3, "2024-11-01"));

        given().queryParam("eventId", eventA + "," + eventB).queryParam("limit", 500).get(CLAIMS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(a, b)).body("items.eventId", containsInAnyOrder(eventA, eventB));
        given().queryParam("ids", a + "," + UUID.randomUUID()).get(CLAIMS).then().body("items.id", contains(a))
                .body("nextCursor", nullValue());
    }

    @Test
    void aSecondCreateWithTheSameExternalKeyIsRefused() {
        Map<String, Object> claim = Claims.cumulative("A", Claims.freshSubject(), "KILLED", "EXACT", 1, "2024-11-01");
        claim.put("externalKey", "claim-" + UUID.randomUUID());
        String id = createId(claim);
        create(claim).statusCode(409).contentType("application/problem+json");
        given().get(CLAIMS + "/" + id).then().body("externalKey", notNullValue());
    }

    private static Map<String, Object> revision(int version, String qualifier, long value) {
        Map<String, Object> revision = new java.util.HashMap<>();
        revision.put("version", version);
        revision.put("figure", "RANGE".equals(qualifier) ? Map.of("qualifier", qualifier, "low", value)
                : Map.of("qualifier", qualifier, "value", value));
        revision.put("asOf", "2024-07-10");
        revision.put("sources", List.of(Claims.source("Correction desk", "2024-07-12", "corrected figure")));
        return revision;
    }
}
