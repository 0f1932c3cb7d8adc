package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.warledger.casualty.Claims.CLAIMS;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/**
 * Claimant identities and the comparison of claimants on the packaged service's API, with the figures of the articles
 * in shared/articles. Subjects and claimant names carry a suffix of this test's own, so other tests cannot mix in.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimantComparisonTest {

    static final String CLAIMANTS = "/api/claimants";

    /** A subject of this test's own on Russia's side of the war (%test.warledger.conflict.sides.russia). */
    private final String russia = "QQFOE";
    private final String northKorea = Claims.freshSubject();
    /** Makes this run's claimant names its own: names are unique across the ledger. */
    private final String tag = " " + Claims.freshSubject();

    private String generalStaff;
    private String nato;
    private String usUk;
    private String dod;
    private String whiteHouse;
    private String pentagonClaim;
    private String laterDodClaim;
    private boolean entered;

    @BeforeEach
    void enterTheArticles() {
        if (entered) {
            return;
        }
        entered = true;
        String armedForces = claimant("Armed Forces of Ukraine" + tag, List.of("Ukrainian Armed Forces" + tag),
                "MILITARY", "UA", null);
        generalStaff = claimant("General Staff of the Armed Forces of Ukraine" + tag,
                List.of("Ukrainian General Staff" + tag), "MILITARY", "UA", armedForces);
        nato = claimant("NATO Secretary General" + tag, List.of("Jens Stoltenberg" + tag, "Stoltenberg" + tag),
                "INTERNATIONAL_ORGANISATION", "NATO", null);
        usUk = claimant("US and UK intelligence" + tag, List.of(), "INTELLIGENCE", "GB+US", null);
        dod = claimant("US Department of Defense" + tag, List.of("Pentagon" + tag, "DoD" + tag), "MILITARY", "US",
                null);
        whiteHouse = claimant("White House" + tag, List.of("John Kirby" + tag), "GOVERNMENT", "US", null);

        // Article 1: "estimated at over 555,620", "has exceeded 350,000", "closer to 500,000" (July 2024).
        Claims.createId(claim("Ukrainian General Staff" + tag, "MORE_THAN", 555_620, "2024-07-10"));
        Claims.createId(claim("Stoltenberg" + tag, "MORE_THAN", 350_000, "2024-07-10"));
        Claims.createId(claim("US and UK intelligence" + tag, "APPROXIMATELY", 500_000, "2024-07-10"));
        // Article 2: "The Pentagon confirms that Russian losses have topped 600,000" (19 November 2024).
        pentagonClaim = Claims.createId(claim("Pentagon" + tag, "MORE_THAN", 600_000, "2024-11-19"));
        // A later figure of the same claimant, written another way, after the comparisons' date.
        laterDodClaim = Claims.createId(claim("DoD" + tag, "APPROXIMATELY", 700_000, "2025-01-15"));
    }

    @Test
    void theArticlesEstimatesSpanFromNatoToThePentagonAndContradictEachOther() {
        summary(russia, "2024-12-31").statusCode(200).body("claimants", equalTo(4))
                .body("lowestBest.figure.best", equalTo(350_001))
                .body("lowestBest.claimantName", equalTo("NATO Secretary General" + tag))
                .body("lowestBest.claimant", equalTo("Stoltenberg" + tag))
                .body("highestBest.figure.best", equalTo(600_001))
                .body("highestBest.claimantName", equalTo("US Department of Defense" + tag))
                .body("verdict", equalTo("CONTRADICT")).body("agreement", nullValue())
                .body("contradictionCount", equalTo(2))
                .body("contradictions.lower.claimantId", everyItem(equalTo(usUk)))
                .body("contradictions.higher.claimantId", contains(dod, generalStaff))
                .body("contradictions.gap", contains(50_001, 5_621))
                .body("contradictions[1].lower.figure.high", equalTo(550_000))
                .body("contradictions[1].higher.figure.low", equalTo(555_621)).body("low", equalTo(350_001))
                .body("high", nullValue()).body("openAbove", equalTo(true)).body("oldestAsOf", equalTo("2024-07-10"))
                .body("newestAsOf", equalTo("2024-11-19")).body("excluded", empty());
    }

    @Test
    void theComparisonByAffiliationSeparatesTheSidesFromThirdParties() {
        summary(russia, "2024-12-31").statusCode(200)
                .body("byAffiliation.affiliation", contains("GB+US", "NATO", "UA", "US"))
                .body("byAffiliation.relation", contains("THIRD_PARTY", "THIRD_PARTY", "OPPOSING_SIDE", "THIRD_PARTY"))
                .body("byAffiliation.find { it.affiliation == 'UA' }.claimants", equalTo(1))
                .body("byAffiliation.find { it.affiliation == 'UA' }.verdict", equalTo("AGREE"))
                .body("byAffiliation.find { it.affiliation == 'UA' }.agreement.low", equalTo(555_621))
                .body("byAffiliation.find { it.affiliation == 'UA' }.agreement.high", nullValue());
    }

    @Test
    void aWindowLeavesOutTheJulyClaimsAndSaysSo() {
        summaryRequest(russia, "2024-12-15").queryParam("window", "30").get(CLAIMS + "/summary").then().statusCode(200)
                .body("window", equalTo(30)).body("claimants", equalTo(1)).body("claims.id", contains(pentagonClaim))
                .body("verdict", equalTo("AGREE")).body("agreement.low", equalTo(600_001)).body("excluded", hasSize(3))
                .body("excluded.reason", everyItem(equalTo("OUTSIDE_WINDOW")))
                .body("excluded.claim.asOf", everyItem(equalTo("2024-07-10"))).body("excluded[0].detail",
                        containsString("158 days before 2024-12-15, outside the window of 30 days"));
    }

    @Test
    void aClaimEnteredAsPentagonCountsForTheDepartmentOfDefense() {
        given().get(CLAIMS + "/" + pentagonClaim).then().statusCode(200).body("claimant", equalTo("Pentagon" + tag))
                .body("claimantId", equalTo(dod)).body("claimantName", equalTo("US Department of Defense" + tag))
                .body("affiliation", equalTo("US"));
        // Any name of the identity selects its claims; so does its id.
        for (String name : List.of("US Department of Defense" + tag, "dod" + tag, "  PENTAGON" + tag)) {
            given().queryParam("claimant", name).get(CLAIMS).then().statusCode(200).body("items.id",
                    contains(laterDodClaim, pentagonClaim));
        }
        given().queryParam("claimantId", dod).get(CLAIMS).then().statusCode(200).body("items.id",
                contains(laterDodClaim, pentagonClaim));
        given().queryParam("affiliation", "US").queryParam("subject", russia).get(CLAIMS).then().statusCode(200).body(
                "items.claimant", containsInAnyOrder("DoD" + tag, "Pentagon" + tag, "US and UK intelligence" + tag));
        given().get(CLAIMS + "/" + pentagonClaim + "/claimant-links").then().statusCode(200)
                .body("how", contains("ON_CREATE")).body("claimantId", contains(dod));
        given().queryParam("name", "pentagon" + tag).get(CLAIMANTS).then().statusCode(200)
                .body("items.id", contains(dod)).body("items[0].aliases", contains("Pentagon" + tag, "DoD" + tag));
    }

    @Test
    void thousandsOfNorthKoreanKilledOrWoundedIsAtLeastTwoThousand() {
        Map<String, Object> thousands = claim("John Kirby" + tag, "EXACT", 0, "2024-12-27");
        thousands.put("subject", northKorea);
        thousands.put("figure", Map.of("qualifier", "UNQUANTIFIED", "word", "thousands"));
        thousands.put("scope", Map.of("kind", "CUMULATIVE"));
        String id = Claims.createId(thousands);
        given().get(CLAIMS + "/" + id).then().statusCode(200).body("figure.qualifier", equalTo("UNQUANTIFIED"))
                .body("figure.word", equalTo("thousands")).body("figure.low", equalTo(2_000))
                .body("figure.best", nullValue()).body("figure.high", nullValue())
                .body("claimantId", equalTo(whiteHouse));
        summary(northKorea, "2025-01-31").statusCode(200).body("claimants", equalTo(1))
                .body("verdict", equalTo("AGREE")).body("agreement.low", equalTo(2_000))
                .body("agreement.high", nullValue()).body("unbounded", equalTo(0)).body("lowestBest", nullValue())
                .body("low", equalTo(2_000)).body("openAbove", equalTo(true));
    }

    @Test
    void knownAtShowsTheLedgerAsItStoodBeforeEachRevisionAndTheRetraction() {
        String subject = Claims.freshSubject();
        Map<String, Object> first = claim("Ministry" + tag + subject, "EXACT", 1_000, "2024-03-01");
        first.put("subject", subject);
        String id = Claims.createId(first);
        Instant afterCreate = instantNow();
        revise(id, 0, 1_200, "2024-03-05");
        Instant afterFirstRevision = instantNow();
        revise(id, 1, 1_500, "2024-03-09");
        Instant afterSecondRevision = instantNow();
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("version", 2, "reason", "the ministry withdrew it"))
                .post(CLAIMS + "/" + id + "/retraction").then().statusCode(200);

        given().queryParam("knownAt", afterCreate.toString()).get(CLAIMS + "/" + id).then().statusCode(200)
                .body("figure.value", equalTo(1_000)).body("revision", equalTo(1)).body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0)).body("retractionReason", nullValue());
        given().queryParam("knownAt", afterFirstRevision.toString()).get(CLAIMS + "/" + id).then().statusCode(200)
                .body("figure.value", equalTo(1_200)).body("asOf", equalTo("2024-03-05")).body("version", equalTo(1));
        given().queryParam("knownAt", afterSecondRevision.toString()).get(CLAIMS + "/" + id).then().statusCode(200)
                .body("figure.value", equalTo(1_500)).body("status", equalTo("ACTIVE")).body("version", equalTo(2));
        given().get(CLAIMS + "/" + id).then().statusCode(200).body("status", equalTo("RETRACTED")).body("version",
                equalTo(3));
        given().queryParam("knownAt", "2020-01-01T00:00:00Z").get(CLAIMS + "/" + id).then().statusCode(404);

        // The summary, the list and the history as known then.
        summaryRequest(subject, "2024-12-31").queryParam("knownAt", afterFirstRevision.toString())
                .get(CLAIMS + "/summary").then().statusCode(200).body("claims.figure.value", contains(1_200))
                .body("knownAt", equalTo(afterFirstRevision.toString()));
        summary(subject, "2024-12-31").statusCode(200).body("claimants", equalTo(0));
        given().queryParam("subject", subject).queryParam("knownAt", afterCreate.toString()).get(CLAIMS).then()
                .statusCode(200).body("items.figure.value", contains(1_000));
        given().queryParam("subject", subject).get(CLAIMS).then().statusCode(200).body("items", empty());
        given().queryParam("knownAt", afterFirstRevision.toString()).get(CLAIMS + "/" + id + "/history").then()
                .statusCode(200).body("figure.value", contains(1_000, 1_200))
                .body("status", contains("SUPERSEDED", "ACTIVE")).body("note", everyItem(nullValue()));
        given().get(CLAIMS + "/" + id + "/history").then().statusCode(200).body("status",
                contains("SUPERSEDED", "SUPERSEDED", "RETRACTED"));
    }

    @Test
    void aClaimantLinkedLaterGathersItsClaimsAndTheLinkIsRecorded() {
        String subject = Claims.freshSubject();
        String written = "Russian MoD" + tag + subject;
        Map<String, Object> body = claim(written, "EXACT", 40_000, "2024-06-01");
        body.put("subject", subject);
        String id = Claims.createId(body);
        given().get(CLAIMS + "/" + id).then().body("claimantId", nullValue());
        given().queryParam("limit", "500").get(CLAIMANTS + "/unlinked").then().statusCode(200)
                .body("items.find { it.name == '" + written + "' }.claims", equalTo(1));

        // Speaking for the subject: a side about its own losses.
        String ministry = claimant("Russian Ministry of Defence" + tag + subject, List.of(written.toUpperCase()),
                "GOVERNMENT", subject, null);
        given().get(CLAIMS + "/" + id).then().body("claimantId", equalTo(ministry)).body("version", equalTo(1))
                .body("claimant", equalTo(written));
        given().get(CLAIMS + "/" + id + "/claimant-links").then().statusCode(200).body("how", contains("ALIAS_ADDED"))
                .body("claimantId", contains(ministry));
        given().queryParam("limit", "500").get(CLAIMANTS + "/unlinked").then().statusCode(200).body("items.name",
                not(hasItem(written)));
        summary(subject, "2024-12-31").statusCode(200).body("byAffiliation.relation", contains("OWN_SIDE"));

        // An editor unlinks it, then links it again: each step recorded, the version checked.
        link(id, 0, null).statusCode(409);
        link(id, 1, null).statusCode(200).body("claimantId", nullValue()).body("version", equalTo(2));
        link(id, 2, null).statusCode(409);
        link(id, 2, "00000000-0000-0000-0000-000000000001").statusCode(422);
        link(id, 2, ministry).statusCode(200).body("claimantId", equalTo(ministry));
        given().get(CLAIMS + "/" + id + "/claimant-links").then().statusCode(200)
                .body("how", contains("ALIAS_ADDED", "EDITOR", "EDITOR"))
                .body("previousClaimantId", contains(null, ministry, null));
    }

    @Test
    void seriesGiveEachClaimantIdentityItsOwnLineOldestFirst() {
        series().queryParam("claimant", "Pentagon" + tag).queryParam("claimant", "Stoltenberg" + tag)
                .get(CLAIMS + "/series").then().statusCode(200).body("points", equalTo(3))
                .body("truncated", equalTo(false))
                .body("lines.name", contains("NATO Secretary General" + tag, "US Department of Defense" + tag))
                .body("lines[1].points.claimId", contains(pentagonClaim, laterDodClaim))
                .body("lines[1].points.claimant", contains("Pentagon" + tag, "DoD" + tag))
                .body("lines[1].points.figure.best", contains(600_001, 700_000))
                .body("lines[1].points.figure.low", contains(600_001, 630_000));
        series().queryParam("affiliation", "UA").get(CLAIMS + "/series").then().statusCode(200).body("lines.claimantId",
                contains(generalStaff));
        series().queryParam("affiliation", "US").queryParam("limit", "2").get(CLAIMS + "/series").then().statusCode(200)
                .body("points", equalTo(2)).body("truncated", equalTo(true))
                .body("lines.points.flatten().asOf", containsInAnyOrder("2024-07-10", "2024-11-19"));
    }

    @Test
    void badComparisonAndSeriesRequestsAreRefusedWithTheParameterNamed() {
        for (String window : List.of("-1", "36501", "thirty", "1.5")) {
            summaryRequest(russia, "2024-12-31").queryParam("window", window).get(CLAIMS + "/summary").then()
                    .statusCode(400).body("violations[0].field", equalTo("window"));
        }
        for (String knownAt : List.of("yesterday", "2024-13-01T00:00:00Z")) {
            given().queryParam("knownAt", knownAt).get(CLAIMS + "/" + pentagonClaim).then().statusCode(400)
                    .body("violations[0].field", equalTo("knownAt"));
        }
        series().get(CLAIMS + "/series").then().statusCode(400).body("violations[0].field", equalTo("claimant"));
        RequestSpecification request = series();
        for (int i = 0; i < 21; i++) {
            request = request.queryParam("claimant", "Claimant " + i);
        }
        request.get(CLAIMS + "/series").then().statusCode(400).body("detail", containsString("at most 20"));
        series().queryParam("affiliation", "u.s.").get(CLAIMS + "/series").then().statusCode(400)
                .body("violations[0].field", equalTo("affiliation"));
        series().queryParam("claimant", "Pentagon" + tag).queryParam("limit", "5001").get(CLAIMS + "/series").then()
                .statusCode(400).body("violations[0].field", equalTo("limit"));
        given().queryParam("claimantId", "not-a-uuid").get(CLAIMS).then().statusCode(400).body("violations[0].field",
                equalTo("claimantId"));
    }

    @Test
    void claimantIdentitiesAreCheckedBeforeAnythingIsStored() {
        Map<String, Object> taken = claimantBody("Somebody new" + tag, List.of("pentagon" + tag), "MILITARY", "US",
                null);
        postClaimant(taken).statusCode(409).body("detail", containsString("belongs to claimant " + dod));
        given().queryParam("name", "Somebody new" + tag).get(CLAIMANTS).then().body("items", empty());
        postClaimant(claimantBody("Orphan" + tag, List.of(), "NGO", null, "00000000-0000-0000-0000-000000000002"))
                .statusCode(422);
        postClaimant(claimantBody("Bad party" + tag, List.of(), "NGO", "usa", null)).statusCode(400)
                .body("violations[0].field", equalTo("affiliation"));
        postClaimant(claimantBody("Twice" + tag, List.of(), "NGO", "US+US", null)).statusCode(400)
                .body("violations[0].field", equalTo("affiliationDistinct"));
        postClaimant(claimantBody("No kind" + tag, List.of(), null, "US", null)).statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        postClaimant(claimantBody(" ", List.of(), "NGO", "US", null)).statusCode(400).body("violations[0].field",
                equalTo("name"));
        postClaimant(claimantBody("Many names" + tag, IntStream.range(0, 51).mapToObj(i -> "name " + i + tag).toList(),
                "NGO", "US", null)).statusCode(400).body("violations[0].field", equalTo("aliases"));
        given().contentType(ContentType.JSON).body(claimantBody("Anonymous" + tag, List.of(), "NGO", "US", null))
                .post(CLAIMANTS).then().statusCode(401);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON)
                .body(claimantBody("Reader" + tag, List.of(), "NGO", "US", null)).post(CLAIMANTS).then()
                .statusCode(403);

        // A parent may not be the claimant itself or one of its parts.
        String parent = claimant("Parent body" + tag, List.of(), "GOVERNMENT", "UA", null);
        String child = claimant("Child body" + tag, List.of(), "GOVERNMENT", "UA", parent);
        Map<String, Object> cycle = claimantBody("Parent body" + tag, List.of(), "GOVERNMENT", "UA", child);
        cycle.put("version", 0);
        putClaimant(parent, cycle).statusCode(422).body("detail", containsString("own ancestor"));
        Map<String, Object> self = claimantBody("Parent body" + tag, List.of(), "GOVERNMENT", "UA", parent);
        self.put("version", 0);
        putClaimant(parent, self).statusCode(422);
        Map<String, Object> stale = claimantBody("Parent body" + tag, List.of("Parent" + tag), "GOVERNMENT", "UA",
                null);
        stale.put("version", 7);
        putClaimant(parent, stale).statusCode(409);
        stale.remove("version");
        putClaimant(parent, stale).statusCode(428);
        stale.put("version", 0);
        putClaimant(parent, stale).statusCode(200).body("aliases", contains("Parent" + tag)).body("version",
                equalTo(1));
        given().queryParam("parentId", parent).get(CLAIMANTS).then().statusCode(200).body("items.id", contains(child));
    }

    @Test
    void theClaimantListPagesByName() {
        String prefix = "Paged" + tag;
        for (String letter : List.of("C", "A", "B")) {
            claimant(prefix + " " + letter, List.of(), "MEDIA", "ZZ", null);
        }
        var first = given().queryParam("affiliation", "ZZ").queryParam("limit", "2").get(CLAIMANTS).then()
                .statusCode(200).body("items.name", contains(prefix + " A", prefix + " B"));
        String next = first.extract().path("nextCursor");
        given().queryParam("affiliation", "ZZ").queryParam("limit", "2").queryParam("after", next).get(CLAIMANTS).then()
                .statusCode(200).body("items.name", contains(prefix + " C")).body("nextCursor", nullValue());
        String claimCursor = given().queryParam("limit", "1").get(CLAIMS).then().extract().path("nextCursor");
        given().queryParam("after", claimCursor).get(CLAIMANTS).then().statusCode(400);
    }

    private static ValidatableResponse summary(String subject, String asOf) {
        return summaryRequest(subject, asOf).get(CLAIMS + "/summary").then();
    }

    private static RequestSpecification summaryRequest(String subject, String asOf) {
        return given().queryParam("subject", subject).queryParam("category", "KILLED_OR_WOUNDED")
                .queryParam("scope", "CUMULATIVE").queryParam("asOf", asOf);
    }

    private RequestSpecification series() {
        return given().queryParam("subject", russia).queryParam("category", "KILLED_OR_WOUNDED").queryParam("scope",
                "CUMULATIVE");
    }

    private Map<String, Object> claim(String claimant, String qualifier, long value, String asOf) {
        return Claims.cumulative(claimant, russia, "KILLED_OR_WOUNDED", qualifier, value, asOf);
    }

    private static void revise(String id, long version, long value, String asOf) {
        Claims.revise(id,
                Map.of("version", version, "figure", Map.of("qualifier", "EXACT", "value", value), "asOf", asOf,
                        "statedOn", asOf, "sources", List.of(Claims.source("Newsroom", asOf, "corrected"))))
                .statusCode(200);
    }

    private static ValidatableResponse link(String claimId, long version, String claimantId) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("claimantId", claimantId);
        body.put("note", "checked against the source");
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body)
                .post(CLAIMS + "/" + claimId + "/claimant").then();
    }

    /** An instant strictly after everything recorded so far and before anything recorded next. */
    private static Instant instantNow() {
        Instant now = Instant.now();
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!Instant.now().isAfter(now.plusMillis(2)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return now.plusMillis(1);
    }

    static Map<String, Object> claimantBody(String name, List<String> aliases, String kind, String affiliation,
            String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("aliases", aliases);
        body.put("kind", kind);
        body.put("affiliation", affiliation);
        body.put("parentId", parentId);
        return body;
    }

    static ValidatableResponse postClaimant(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(CLAIMANTS).then();
    }

    static ValidatableResponse putClaimant(String id, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).put(CLAIMANTS + "/" + id)
                .then();
    }

    static String claimant(String name, List<String> aliases, String kind, String affiliation, String parentId) {
        return postClaimant(claimantBody(name, aliases, kind, affiliation, parentId)).statusCode(201).extract()
                .path("id");
    }
}
