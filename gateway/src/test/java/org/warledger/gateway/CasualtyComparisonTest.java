package org.warledger.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/**
 * Comparing claimants: the summary with its verdict, contradictions and affiliations, the series, and the ledger as it
 * stood at an instant — what the gateway sends casualty-service, parameter by parameter, and how every field of the
 * answer reads.
 */
@QuarkusTest
class CasualtyComparisonTest {

    private static final String COMPARED = "claimId claimant claimantId claimantName asOf "
            + "figure { qualifier value low best high word }";
    private static final String SUMMARY = """
            query($subject: String!, $category: Category!, $window: Int, $knownAt: DateTime) {
              casualtySummary(subject: $subject, category: $category, asOf: "2024-12-31", window: $window,
                              knownAt: $knownAt) {
                subject category equipmentType scope asOf window knownAt claimants
                low lowClaimant high highClaimant openAbove unquantified
                claims { id claimant claimantId claimantName affiliation figure { qualifier low best high word } }
                lowestBest { %1$s } highestBest { %1$s }
                verdict agreement { low high }
                contradictions { lower { %1$s } higher { %1$s } gap }
                contradictionCount unbounded oldestAsOf newestAsOf
                excluded { claim { id claimant asOf } reason detail }
                byAffiliation {
                  affiliation relation claimants claimIds lowestBest { claimId } highestBest { claimId }
                  verdict agreement { low high } contradictions { lower { claimId } higher { claimId } gap }
                  contradictionCount unbounded low high openAbove oldestAsOf newestAsOf
                }
              }
            }
            """.formatted(COMPARED);

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    /** The query parameters of the one request made to casualty-service at {@code path}. */
    private static Map<String, List<String>> sentQuery(String path) {
        List<FakeServices.Request> sent = FakeServices.requests(path);
        assertEquals(1, sent.size(), path + ": " + FakeServices.REQUESTS);
        return sent.get(0).query();
    }

    @Test
    void aSummaryPassesItsWindowAndKnownAtOnAndReadsEveryFieldOfTheComparison() {
        String s = "data.casualtySummary.";
        GatewayTest
                .graphql(SUMMARY,
                        Map.of("subject", "RU", "category", "KILLED_OR_WOUNDED", "window", 30, "knownAt",
                                "2024-12-01T00:00:00Z"),
                        null)
                .body("errors", nullValue()).body(s + "subject", equalTo("RU"))
                .body(s + "category", equalTo("KILLED_OR_WOUNDED")).body(s + "equipmentType", nullValue())
                .body(s + "scope", equalTo("CUMULATIVE")).body(s + "asOf", equalTo("2024-12-31"))
                .body(s + "window", equalTo(30)).body(s + "knownAt", equalTo("2024-12-01T00:00:00Z"))
                .body(s + "claimants", equalTo(4)).body(s + "low", equalTo(0))
                .body(s + "lowClaimant", equalTo("Kremlin spokesman")).body(s + "high", nullValue())
                .body(s + "highClaimant", nullValue()).body(s + "openAbove", equalTo(true))
                .body(s + "unquantified", equalTo(1))
                .body(s + "claims.id",
                        contains(FakeServices.claimId(102), FakeServices.claimId(103), FakeServices.claimId(101),
                                FakeServices.claimId(105)))
                .body(s + "claims[0].claimantId", equalTo(CasualtyFixtures.claimantId(5)))
                .body(s + "claims[0].affiliation", equalTo("GB+US"))
                .body(s + "claims[2].claimant", equalTo("Russian MoD"))
                .body(s + "claims[2].claimantName", equalTo("Russian Ministry of Defence"))
                .body(s + "claims[2].figure.qualifier", equalTo("UNQUANTIFIED"))
                .body(s + "claims[2].figure.word", equalTo("thousands")).body(s + "claims[2].figure.low", equalTo(2000))
                .body(s + "claims[2].figure.best", nullValue()).body(s + "claims[2].figure.high", nullValue())
                .body(s + "lowestBest.claimId", equalTo(FakeServices.claimId(102)))
                .body(s + "lowestBest.claimant", equalTo("US and UK intelligence"))
                .body(s + "lowestBest.claimantId", equalTo(CasualtyFixtures.claimantId(5)))
                .body(s + "lowestBest.claimantName", equalTo("US and UK intelligence"))
                .body(s + "lowestBest.asOf", equalTo("2024-12-20"))
                .body(s + "lowestBest.figure.qualifier", equalTo("APPROXIMATELY"))
                .body(s + "lowestBest.figure.value", equalTo(500000)).body(s + "lowestBest.figure.low", equalTo(450000))
                .body(s + "lowestBest.figure.best", equalTo(500000)).body(s + "lowestBest.figure.high", equalTo(550000))
                .body(s + "lowestBest.figure.word", nullValue())
                .body(s + "highestBest.claimId", equalTo(FakeServices.claimId(103)))
                .body(s + "highestBest.claimantName", equalTo("General Staff of the Armed Forces of Ukraine"))
                .body(s + "highestBest.figure.qualifier", equalTo("MORE_THAN"))
                .body(s + "verdict", equalTo("CONTRADICT")).body(s + "agreement", nullValue())
                .body(s + "contradictions", hasSize(4))
                .body(s + "contradictions[0].lower.claimant", equalTo("Kremlin spokesman"))
                .body(s + "contradictions[0].lower.claimantName", equalTo("Kremlin"))
                .body(s + "contradictions[0].lower.figure.qualifier", equalTo("AT_MOST"))
                .body(s + "contradictions[0].lower.figure.high", equalTo(1000))
                .body(s + "contradictions[0].lower.figure.low", nullValue())
                .body(s + "contradictions[0].higher.claimId", equalTo(FakeServices.claimId(101)))
                .body(s + "contradictions[0].higher.asOf", equalTo("2024-12-10"))
                .body(s + "contradictions[0].higher.figure.word", equalTo("thousands"))
                .body(s + "contradictions[0].gap", equalTo(1000))
                .body(s + "contradictions[3].lower.claimId", equalTo(FakeServices.claimId(102)))
                .body(s + "contradictions[3].higher.claimId", equalTo(FakeServices.claimId(103)))
                .body(s + "contradictions[3].gap", equalTo(50001)).body(s + "contradictionCount", equalTo(4))
                .body(s + "unbounded", equalTo(2)).body(s + "oldestAsOf", equalTo("2024-12-05"))
                .body(s + "newestAsOf", equalTo("2024-12-31")).body(s + "excluded", hasSize(1))
                .body(s + "excluded[0].claim.id", equalTo(FakeServices.claimId(104)))
                .body(s + "excluded[0].claim.claimant", equalTo("NATO Secretary General"))
                .body(s + "excluded[0].claim.asOf", equalTo("2024-10-01"))
                .body(s + "excluded[0].reason", equalTo("OUTSIDE_WINDOW"))
                .body(s + "excluded[0].detail",
                        equalTo("as of 2024-10-01, 91 days before 2024-12-31: outside the window of 30 days"))
                .body(s + "byAffiliation.affiliation", contains("GB+US", "RU", "UA"))
                .body(s + "byAffiliation.relation", contains("THIRD_PARTY", "OWN_SIDE", "OPPOSING_SIDE"))
                .body(s + "byAffiliation.claimants", contains(1, 2, 1))
                .body(s + "byAffiliation.verdict", contains("NOTHING_TO_COMPARE", "CONTRADICT", "NOTHING_TO_COMPARE"))
                .body(s + "byAffiliation[0].claimIds", contains(FakeServices.claimId(102)))
                .body(s + "byAffiliation[0].lowestBest.claimId", equalTo(FakeServices.claimId(102)))
                .body(s + "byAffiliation[0].highestBest.claimId", equalTo(FakeServices.claimId(102)))
                .body(s + "byAffiliation[0].low", equalTo(450000)).body(s + "byAffiliation[0].high", equalTo(550000))
                .body(s + "byAffiliation[0].openAbove", equalTo(false))
                .body(s + "byAffiliation[0].contradictions", hasSize(0))
                .body(s + "byAffiliation[1].claimIds", contains(FakeServices.claimId(101), FakeServices.claimId(105)))
                .body(s + "byAffiliation[1].lowestBest", nullValue())
                .body(s + "byAffiliation[1].highestBest", nullValue())
                .body(s + "byAffiliation[1].agreement", nullValue())
                .body(s + "byAffiliation[1].contradictions", hasSize(1))
                .body(s + "byAffiliation[1].contradictions[0].lower.claimId", equalTo(FakeServices.claimId(105)))
                .body(s + "byAffiliation[1].contradictions[0].higher.claimId", equalTo(FakeServices.claimId(101)))
                .body(s + "byAffiliation[1].contradictions[0].gap", equalTo(1000))
                .body(s + "byAffiliation[1].contradictionCount", equalTo(1))
                .body(s + "byAffiliation[1].unbounded", equalTo(1)).body(s + "byAffiliation[1].low", equalTo(0))
                .body(s + "byAffiliation[1].high", nullValue()).body(s + "byAffiliation[1].openAbove", equalTo(true))
                .body(s + "byAffiliation[1].oldestAsOf", equalTo("2024-12-05"))
                .body(s + "byAffiliation[1].newestAsOf", equalTo("2024-12-10"));
        assertEquals(Map.of("subject", List.of("RU"), "category", List.of("KILLED_OR_WOUNDED"), "scope",
                List.of("CUMULATIVE"), "asOf", List.of("2024-12-31"), "window", List.of("30"), "knownAt",
                List.of("2024-12-01T00:00:00Z")), sentQuery("casualty-claims/summary"));
    }

    @Test
    void claimsThatAgreeGiveTheNumbersTheyAllAllowAndNoWindowNorKnownAtIsSentUnasked() {
        String s = "data.casualtySummary.";
        GatewayTest.graphql(SUMMARY, Map.of("subject", "UA", "category", "KILLED"), null).body("errors", nullValue())
                .body(s + "window", nullValue()).body(s + "knownAt", nullValue()).body(s + "verdict", equalTo("AGREE"))
                .body(s + "agreement.low", equalTo(12000)).body(s + "agreement.high", equalTo(13750))
                .body(s + "contradictions", hasSize(0)).body(s + "contradictionCount", equalTo(0))
                .body(s + "unquantified", equalTo(0)).body(s + "excluded", hasSize(0))
                .body(s + "byAffiliation", hasSize(1)).body(s + "byAffiliation[0]", hasKey("affiliation"))
                .body(s + "byAffiliation[0].affiliation", nullValue())
                .body(s + "byAffiliation[0].relation", equalTo("UNKNOWN"))
                .body(s + "byAffiliation[0].agreement.low", equalTo(12000))
                .body(s + "byAffiliation[0].agreement.high", equalTo(13750));
        assertEquals(Map.of("subject", List.of("UA"), "category", List.of("KILLED"), "scope", List.of("CUMULATIVE"),
                "asOf", List.of("2024-12-31")), sentQuery("casualty-claims/summary"));
    }

    @Test
    void aSummaryTheServiceRefusesComesBackWithItsDetailAndViolations() {
        GatewayTest.graphql("{ casualtySummary(subject: \"RU\", category: EQUIPMENT) { claimants } }")
                .body("data.casualtySummary", nullValue())
                .body("errors[0].message", containsString("equipmentType: is required for category EQUIPMENT"))
                .body("errors[0].extensions.service", equalTo("casualty-service"))
                .body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.violations[0].field", equalTo("equipmentType"));
        assertEquals(1, FakeServices.calls("casualty-service"));
    }

    @Test
    void aSeriesSendsOneParameterPerClaimantAndAffiliationAndReadsEveryLine() {
        String s = "data.casualtySeries.";
        GatewayTest
                .graphql("""
                        query($claimants: [String!], $knownAt: DateTime) {
                          casualtySeries(subject: "RU", category: KILLED_OR_WOUNDED, claimants: $claimants,
                                         affiliations: ["US"], scope: CUMULATIVE, limit: 100, knownAt: $knownAt) {
                            subject category equipmentType scope knownAt points truncated
                            lines { claimantId name affiliation
                              points { claimId claimant asOf statedOn scope { kind from to }
                                       figure { qualifier value low best high word } } }
                          }
                        }
                        """,
                        Map.of("claimants", List.of("Ukrainian General Staff", "UK MoD"), "knownAt",
                                "2024-12-01T00:00:00Z"),
                        null)
                .body("errors", nullValue()).body(s + "subject", equalTo("RU"))
                .body(s + "category", equalTo("KILLED_OR_WOUNDED")).body(s + "equipmentType", nullValue())
                .body(s + "scope", equalTo("CUMULATIVE")).body(s + "knownAt", equalTo("2024-12-01T00:00:00Z"))
                .body(s + "points", equalTo(4)).body(s + "truncated", equalTo(false))
                .body(s + "lines.claimantId",
                        contains(CasualtyFixtures.GENERAL_STAFF, CasualtyFixtures.claimantId(1),
                                CasualtyFixtures.claimantId(4)))
                .body(s + "lines.name",
                        contains("General Staff of the Armed Forces of Ukraine", "UK Ministry of Defence",
                                "US Department of Defense"))
                .body(s + "lines.affiliation", contains("UA", "GB", "US"))
                .body(s + "lines[0].points.claimId", contains(FakeServices.claimId(201), FakeServices.claimId(202)))
                .body(s + "lines[0].points[1].figure.value", equalTo(740000))
                .body(s + "lines[1].points[0].claimant", equalTo("UK MoD"))
                .body(s + "lines[1].points[0].asOf", equalTo("2024-11-15"))
                .body(s + "lines[1].points[0].statedOn", nullValue())
                .body(s + "lines[1].points[0].scope.kind", equalTo("CUMULATIVE"))
                .body(s + "lines[1].points[0].scope.from", equalTo("2022-02-24"))
                .body(s + "lines[1].points[0].scope.to", nullValue())
                .body(s + "lines[1].points[0].figure.qualifier", equalTo("APPROXIMATELY"))
                .body(s + "lines[1].points[0].figure.low", equalTo(630000))
                .body(s + "lines[1].points[0].figure.best", equalTo(700000))
                .body(s + "lines[1].points[0].figure.high", equalTo(770000))
                .body(s + "lines[2].points[0].statedOn", equalTo("2024-11-19"))
                .body(s + "lines[2].points[0].figure.high", nullValue());
        assertEquals(
                Map.of("subject", List.of("RU"), "category", List.of("KILLED_OR_WOUNDED"), "claimant",
                        List.of("Ukrainian General Staff", "UK MoD"), "affiliation", List.of("US"), "scope",
                        List.of("CUMULATIVE"), "limit", List.of("100"), "knownAt", List.of("2024-12-01T00:00:00Z")),
                sentQuery("casualty-claims/series"));
    }

    @Test
    void aSeriesOfAffiliationsAloneSendsNoClaimantAndNoLimitUnasked() {
        GatewayTest
                .graphql("{ casualtySeries(subject: \"RU\", category: KILLED_OR_WOUNDED, "
                        + "affiliations: [\"UA\", \"GB+US\"]) { points } }")
                .body("errors", nullValue()).body("data.casualtySeries.points", equalTo(4));
        assertEquals(Map.of("subject", List.of("RU"), "category", List.of("KILLED_OR_WOUNDED"), "affiliation",
                List.of("UA", "GB+US")), sentQuery("casualty-claims/series"));
    }

    @Test
    void claimsAreListedByClaimantIdentityAndAffiliationAsTheLedgerStoodThen() {
        GatewayTest.graphql("""
                query($claimantId: ID, $knownAt: DateTime) {
                  casualtyClaims(first: 2, claimant: "UK MoD", claimantId: $claimantId, affiliation: "GB+US",
                                 knownAt: $knownAt) {
                    edges { node { id claimant claimantId claimantName affiliation } }
                  }
                }
                """, Map.of("claimantId", CasualtyFixtures.GENERAL_STAFF, "knownAt", "2024-11-20T12:00:00Z"), null)
                .body("errors", nullValue())
                .body("data.casualtyClaims.edges[0].node.claimant", equalTo("Ukrainian General Staff"))
                .body("data.casualtyClaims.edges[0].node.claimantId", equalTo(CasualtyFixtures.GENERAL_STAFF))
                .body("data.casualtyClaims.edges[0].node.claimantName",
                        equalTo("General Staff of the Armed Forces of Ukraine"))
                .body("data.casualtyClaims.edges[0].node.affiliation", equalTo("UA"));
        assertEquals(
                Map.of("claimant", List.of("UK MoD"), "claimantId", List.of(CasualtyFixtures.GENERAL_STAFF),
                        "affiliation", List.of("GB+US"), "knownAt", List.of("2024-11-20T12:00:00Z"), "limit",
                        List.of("2"), "fields", List.of("affiliation,claimant,claimantId,claimantName,id")),
                sentQuery("casualty-claims"));
    }

    @Test
    void aClaimAsItStoodAtAnInstantIsAskedForThenAndIsNullBeforeItWasRecorded() {
        String query = "query($knownAt: DateTime) { casualtyClaim(id: \"" + FakeServices.claimId(7)
                + "\", knownAt: $knownAt) { id claimantId createdAt } }";
        GatewayTest.graphql(query, Map.of("knownAt", "2024-11-20T00:00:00Z"), null).body("errors", nullValue())
                .body("data.casualtyClaim.id", equalTo(FakeServices.claimId(7)))
                .body("data.casualtyClaim.claimantId", equalTo(CasualtyFixtures.GENERAL_STAFF));
        assertEquals(Map.of("knownAt", List.of("2024-11-20T00:00:00Z")),
                sentQuery("casualty-claims/" + FakeServices.claimId(7)));

        FakeServices.reset();
        GatewayTest.graphql(query, Map.of("knownAt", "2024-11-01T00:00:00Z"), null).body("errors", nullValue())
                .body("data.casualtyClaim", nullValue());
        assertEquals(Map.of("knownAt", List.of("2024-11-01T00:00:00Z")),
                sentQuery("casualty-claims/" + FakeServices.claimId(7)));

        FakeServices.reset();
        GatewayTest.graphql(query, Map.of(), null).body("data.casualtyClaim.createdAt",
                equalTo(CasualtyFixtures.RECORDED.toString()));
        assertEquals(Map.of(), sentQuery("casualty-claims/" + FakeServices.claimId(7)));
    }

    @Test
    void anUnquantifiedFiguresWordIsSentWithAClaimAndReadBackWithItsLow() {
        String mutation = """
                mutation($input: CasualtyClaimInput!) {
                  createCasualtyClaim(input: $input) { claimant figure { qualifier value low best high word } }
                }
                """;
        Map<String, Object> figure = new HashMap<>(Map.of("qualifier", "UNQUANTIFIED", "word", "thousands"));
        Map<String, Object> input = new HashMap<>(Map.of("claimant", "Russian MoD", "subject", "UA", "category",
                "KILLED", "figure", figure, "scope", Map.of("kind", "CUMULATIVE"), "asOf", "2024-11-19", "sources",
                List.of(Map.of("publisher", "TASS"))));
        String editor = "Bearer " + Tokens.editor();
        String f = "data.createCasualtyClaim.figure.";
        GatewayTest.graphql(mutation, Map.of("input", input), editor).body("errors", nullValue())
                .body("data.createCasualtyClaim.claimant", equalTo("Russian MoD"))
                .body(f + "qualifier", equalTo("UNQUANTIFIED")).body(f + "word", equalTo("thousands"))
                .body(f + "low", equalTo(2000)).body(f + "best", nullValue()).body(f + "high", nullValue());
        FakeServices.Request sent = FakeServices.requests("casualty-claims").get(0);
        assertEquals(CasualtyFixtures.map("qualifier", "UNQUANTIFIED", "value", null, "low", null, "high", null, "word",
                "thousands"), sent.body().get("figure"));
        assertEquals(editor, sent.authorization());

        figure.put("qualifier", "APPROXIMATELY");
        figure.put("value", 3000);
        GatewayTest.graphql(mutation, Map.of("input", input), editor).body("data.createCasualtyClaim", nullValue())
                .body("errors[0].message", containsString("figure.word: is only taken with qualifier UNQUANTIFIED"))
                .body("errors[0].extensions.status", equalTo(400))
                .body("errors[0].extensions.violations[0].field", equalTo("figure.word"));
        assertEquals(2, FakeServices.requests("casualty-claims").size(), FakeServices.REQUESTS.toString());
    }
}
