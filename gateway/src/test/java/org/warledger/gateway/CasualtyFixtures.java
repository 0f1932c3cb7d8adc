package org.warledger.gateway;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fake casualty-service of {@link FakeServices} answers about claimant identities and comparisons, as
 * casualty-service's JSON: claimant identities, a comparison that finds contradictions (on RU) and one that agrees (on
 * UA), a series of three claimants' lines, the unlinked names and a claim's links.
 */
final class CasualtyFixtures {

    /** Claimant identities the fake holds. */
    static final int CLAIMANTS = 7;
    /** The identity "Ukrainian General Staff" names, to which the fake's claims are linked. */
    static final String GENERAL_STAFF = claimantId(3);
    /** When the fake's claims were recorded: before it, a claim as known then does not exist. */
    static final Instant RECORDED = Instant.parse("2024-11-17T08:15:30Z");

    private CasualtyFixtures() {
    }

    static String claimantId(int i) {
        return String.format("00000000-0000-4000-b000-%012d", i);
    }

    /** Keeps nulls, unlike {@link Map#of}: the services send absent values as null. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> claimant(int i) {
        Object[][] all = {
                { "UK Ministry of Defence", List.of("UK MoD", "British Ministry of Defence"), "GOVERNMENT", "GB",
                        claimantId(2) },
                { "Government of the United Kingdom", List.of(), "GOVERNMENT", "GB", null },
                { "General Staff of the Armed Forces of Ukraine", List.of("Ukrainian General Staff"), "MILITARY", "UA",
                        null },
                { "US Department of Defense", List.of("Pentagon"), "GOVERNMENT", "US", null },
                { "US and UK intelligence", List.of(), "INTELLIGENCE", "GB+US", null },
                { "Russian Ministry of Defence", List.of("Russian MoD"), "GOVERNMENT", "RU", null },
                { "Kremlin", List.of("Kremlin spokesman"), "GOVERNMENT", "RU", null } };
        Object[] c = all[i - 1];
        return map("id", claimantId(i), "version", i == 1 ? 3 : 0, "name", c[0], "aliases", c[1], "kind", c[2],
                "affiliation", c[3], "parentId", c[4], "createdAt", "2024-11-01T09:00:00Z", "updatedAt",
                "2024-11-02T10:30:00Z", "createdBy", "editor", "updatedBy", i == 1 ? "alice" : "editor");
    }

    static Map<String, Object> figure(String qualifier, Long value, Long low, Long best, Long high, String word) {
        return map("qualifier", qualifier, "value", value, "low", low, "best", best, "high", high, "word", word);
    }

    /** A claim as casualty-service shows it, cumulative since the full-scale invasion. */
    static Map<String, Object> claim(int number, String claimant, String claimantId, String claimantName,
            String affiliation, Map<String, Object> figure, String asOf) {
        return map("id", FakeServices.claimId(number), "version", 0, "claimant", claimant, "claimantId", claimantId,
                "claimantName", claimantName, "affiliation", affiliation, "subject", "RU", "category",
                "KILLED_OR_WOUNDED", "figure", figure, "scope", map("kind", "CUMULATIVE", "from", "2022-02-24"), "asOf",
                asOf, "eventId", FakeServices.eventId(1), "status", "ACTIVE", "revision", 1);
    }

    /** The short form of a claim in a comparison. */
    static Map<String, Object> compared(Map<String, Object> claim) {
        return map("claimId", claim.get("id"), "claimant", claim.get("claimant"), "claimantId", claim.get("claimantId"),
                "claimantName", claim.get("claimantName"), "asOf", claim.get("asOf"), "figure", claim.get("figure"));
    }

    static Map<String, Object> contradiction(Map<String, Object> lower, Map<String, Object> higher, long gap) {
        return map("lower", compared(lower), "higher", compared(higher), "gap", gap);
    }

    static final Map<String, Object> INTELLIGENCE = claim(102, "US and UK intelligence", claimantId(5),
            "US and UK intelligence", "GB+US", figure("APPROXIMATELY", 500_000L, 450_000L, 500_000L, 550_000L, null),
            "2024-12-20");
    static final Map<String, Object> GENERAL = claim(103, "Ukrainian General Staff", GENERAL_STAFF,
            "General Staff of the Armed Forces of Ukraine", "UA",
            figure("MORE_THAN", 600_000L, 600_001L, 600_001L, null, null), "2024-12-31");
    static final Map<String, Object> MINISTRY = claim(101, "Russian MoD", claimantId(6), "Russian Ministry of Defence",
            "RU", figure("UNQUANTIFIED", null, 2_000L, null, null, "thousands"), "2024-12-10");
    static final Map<String, Object> KREMLIN = claim(105, "Kremlin spokesman", claimantId(7), "Kremlin", "RU",
            figure("AT_MOST", 1_000L, null, null, 1_000L, null), "2024-12-05");
    static final Map<String, Object> NATO = claim(104, "NATO Secretary General", null, null, null,
            figure("MORE_THAN", 350_000L, 350_001L, 350_001L, null, null), "2024-10-01");

    /** On RU, as of 2024-12-31 within 30 days, as known on 1 December: four claims, four contradictions. */
    static Map<String, Object> contradictingSummary() {
        Map<String, Object> summary = map("subject", "RU", "category", "KILLED_OR_WOUNDED", "equipmentType", null,
                "scope", "CUMULATIVE", "asOf", "2024-12-31", "window", 30, "knownAt", "2024-12-01T00:00:00Z",
                "claimants", 4, "claims", List.of(INTELLIGENCE, GENERAL, MINISTRY, KREMLIN), "lowestBest",
                compared(INTELLIGENCE), "highestBest", compared(GENERAL), "verdict", "CONTRADICT", "agreement", null,
                "contradictions",
                List.of(contradiction(KREMLIN, MINISTRY, 1_000), contradiction(KREMLIN, INTELLIGENCE, 449_000),
                        contradiction(KREMLIN, GENERAL, 599_001), contradiction(INTELLIGENCE, GENERAL, 50_001)),
                "contradictionCount", 4, "unbounded", 2, "low", 0, "lowClaimant", "Kremlin spokesman", "high", null,
                "highClaimant", null, "openAbove", true, "oldestAsOf", "2024-12-05", "newestAsOf", "2024-12-31");
        summary.put("excluded", List.of(map("claim", NATO, "reason", "OUTSIDE_WINDOW", "detail",
                "as of 2024-10-01, 91 days before 2024-12-31: outside the window of 30 days")));
        summary.put("byAffiliation",
                List.of(map("affiliation", "GB+US", "relation", "THIRD_PARTY", "claimants", 1, "claimIds",
                        List.of(INTELLIGENCE.get("id")), "lowestBest", compared(INTELLIGENCE), "highestBest",
                        compared(INTELLIGENCE), "verdict", "NOTHING_TO_COMPARE", "agreement", null, "contradictions",
                        List.of(), "contradictionCount", 0, "unbounded", 0, "low", 450_000, "high", 550_000,
                        "openAbove", false, "oldestAsOf", "2024-12-20", "newestAsOf", "2024-12-20"),
                        map("affiliation", "RU", "relation", "OWN_SIDE", "claimants", 2, "claimIds",
                                List.of(MINISTRY.get("id"), KREMLIN.get("id")), "lowestBest", null, "highestBest", null,
                                "verdict", "CONTRADICT", "agreement", null, "contradictions",
                                List.of(contradiction(KREMLIN, MINISTRY, 1_000)), "contradictionCount", 1, "unbounded",
                                1, "low", 0, "high", null, "openAbove", true, "oldestAsOf", "2024-12-05", "newestAsOf",
                                "2024-12-10"),
                        map("affiliation", "UA", "relation", "OPPOSING_SIDE", "claimants", 1, "claimIds",
                                List.of(GENERAL.get("id")), "lowestBest", compared(GENERAL), "highestBest",
                                compared(GENERAL), "verdict", "NOTHING_TO_COMPARE", "agreement", null, "contradictions",
                                List.of(), "contradictionCount", 0, "unbounded", 1, "low", 600_001, "high", null,
                                "openAbove", true, "oldestAsOf", "2024-12-31", "newestAsOf", "2024-12-31")));
        return summary;
    }

    /** On UA: two claims that agree on 12,000 to 13,750, known now, without a window. */
    static Map<String, Object> agreeingSummary() {
        Map<String, Object> monitors = claim(106, "UN Human Rights Monitoring Mission in Ukraine", null, null, null,
                figure("AT_LEAST", 12_000L, 12_000L, 12_000L, null, null), "2024-11-30");
        Map<String, Object> government = claim(107, "Ukrainian Government", null, null, null,
                figure("APPROXIMATELY", 12_500L, 11_250L, 12_500L, 13_750L, null), "2024-11-28");
        Map<String, Object> interval = map("low", 12_000, "high", 13_750);
        Map<String, Object> summary = map("subject", "UA", "category", "KILLED", "equipmentType", null, "scope",
                "CUMULATIVE", "asOf", "2024-12-31", "window", null, "knownAt", null, "claimants", 2, "claims",
                List.of(monitors, government), "lowestBest", compared(monitors), "highestBest", compared(government),
                "verdict", "AGREE", "agreement", interval, "contradictions", List.of(), "contradictionCount", 0,
                "unbounded", 1, "low", 11_250, "lowClaimant", "Ukrainian Government", "high", null, "highClaimant",
                null, "openAbove", true, "oldestAsOf", "2024-11-28", "newestAsOf", "2024-11-30");
        summary.put("excluded", List.of());
        summary.put("byAffiliation",
                List.of(map("affiliation", null, "relation", "UNKNOWN", "claimants", 2, "claimIds",
                        List.of(monitors.get("id"), government.get("id")), "lowestBest", compared(monitors),
                        "highestBest", compared(government), "verdict", "AGREE", "agreement", interval,
                        "contradictions", List.of(), "contradictionCount", 0, "unbounded", 1, "low", 11_250, "high",
                        null, "openAbove", true, "oldestAsOf", "2024-11-28", "newestAsOf", "2024-11-30")));
        return summary;
    }

    static Map<String, Object> point(int number, String claimant, String asOf, String statedOn,
            Map<String, Object> figure) {
        return map("claimId", FakeServices.claimId(number), "claimant", claimant, "asOf", asOf, "statedOn", statedOn,
                "scope", map("kind", "CUMULATIVE", "from", "2022-02-24", "to", null), "figure", figure);
    }

    /** Three claimants' lines on RU killed or wounded, as known on 1 December. */
    static Map<String, Object> series() {
        return map("subject", "RU", "category", "KILLED_OR_WOUNDED", "equipmentType", null, "scope", "CUMULATIVE",
                "knownAt", "2024-12-01T00:00:00Z", "lines", List.of(
                        map("claimantId", GENERAL_STAFF, "name", "General Staff of the Armed Forces of Ukraine",
                                "affiliation", "UA", "points",
                                List.of(point(201, "Ukrainian General Staff", "2024-11-01", "2024-11-01",
                                        figure("EXACT", 698_500L, 698_500L, 698_500L, 698_500L, null)),
                                        point(202, "Ukrainian General Staff", "2024-11-30", "2024-11-30",
                                                figure("EXACT", 740_000L, 740_000L, 740_000L, 740_000L, null)))),
                        map("claimantId", claimantId(1), "name", "UK Ministry of Defence", "affiliation", "GB",
                                "points",
                                List.of(point(203, "UK MoD", "2024-11-15", null,
                                        figure("APPROXIMATELY", 700_000L, 630_000L, 700_000L, 770_000L, null)))),
                        map("claimantId", claimantId(4), "name", "US Department of Defense", "affiliation", "US",
                                "points",
                                List.of(point(204, "Pentagon", "2024-11-19", "2024-11-19",
                                        figure("MORE_THAN", 600_000L, 600_001L, 600_001L, null, null))))),
                "points", 4, "truncated", false);
    }

    static Map<String, Object> unlinked() {
        return map("items", List.of(map("name", "NATO Secretary General", "claims", 3, "latestAsOf", "2024-10-01"),
                map("name", "Mediazona", "claims", 1, "latestAsOf", "2024-11-29")), "truncated", true);
    }

    /** Claim 1's links: to the General Staff when it was recorded, then by an editor to the UK MoD. */
    static List<Map<String, Object>> links() {
        return List.of(
                map("claimantId", GENERAL_STAFF, "previousClaimantId", null, "how", "ON_CREATE", "note", null,
                        "recordedAt", "2024-11-17T08:15:30Z", "recordedBy", "editor"),
                map("claimantId", claimantId(1), "previousClaimantId", GENERAL_STAFF, "how", "EDITOR", "note",
                        "the quote is the UK MoD's", "recordedAt", "2024-11-18T10:00:00Z", "recordedBy", "alice"));
    }
}
