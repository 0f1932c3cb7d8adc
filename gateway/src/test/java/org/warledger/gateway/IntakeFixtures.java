package org.warledger.gateway;

import static org.warledger.gateway.CasualtyFixtures.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the fake intake-service of {@link FakeServices} holds, as intake-service's JSON: {@link #ARTICLES} articles,
 * newest first, each with four candidates found in its text — an accepted casualty claim (recorded as claim i), an
 * accepted aid pledge (pledge i), an accepted event (event i) and a proposed casualty claim about tanks.
 */
final class IntakeFixtures {

    /** Articles the fake holds; their records (claim, pledge and event i) exist at the other fakes. */
    static final int ARTICLES = 30;
    /** Candidates per article. */
    static final int CANDIDATES = 4;
    /** The kinds of candidates 1 to 4 of every article. */
    static final List<String> KINDS = List.of("CASUALTY_CLAIM", "AID_PLEDGE", "EVENT", "CASUALTY_CLAIM");

    private IntakeFixtures() {
    }

    static String articleId(int i) {
        return String.format("00000000-0000-4000-d000-%012d", i);
    }

    static String candidateId(int article, int candidate) {
        return String.format("00000000-0000-4000-e%03d-%012d", candidate, article);
    }

    /** The article number of an id of {@link #articleId}, or 0 when it is none of the fake's. */
    static int articleNumber(String id) {
        for (int i = 1; i <= ARTICLES; i++) {
            if (articleId(i).equals(id)) {
                return i;
            }
        }
        return 0;
    }

    /** The four sentences of article i's text, one per candidate. */
    private static List<String> sentences(int i) {
        return List.of(
                "According to the Ukrainian General Staff, Russia lost more than " + (1000 + i)
                        + " soldiers in the past day.",
                "The United States announced aid package " + i + " for Ukraine.",
                "A missile strike hit Kharkiv overnight.",
                "Russian officials said " + i + " Ukrainian tanks were destroyed.");
    }

    /** The text, with a flag (two UTF-16 surrogate pairs) ahead, so that offsets count UTF-16 code units. */
    static String text(int i) {
        return "\uD83C\uDDFA\uD83C\uDDE6 Kyiv, " + FakeServices.day(i) + ". " + String.join(" ", sentences(i));
    }

    /** Article i as listed (without its text) or looked up (with it). */
    static Map<String, Object> article(int i, boolean withText) {
        return map("id", articleId(i), "version", 0, "url", "https://news.example/articles/" + i, "publisher",
                i % 2 == 0 ? "The Independent" : "Kyiv Independent", "title", "Report " + i, "publishedOn",
                FakeServices.day(i), "retrievedOn", FakeServices.day(i + 1), "language", "en", "text",
                withText ? text(i) : null, "contentHash", String.format("%064x", i), "candidateCount", CANDIDATES,
                "createdAt", "2024-11-20T10:00:00Z", "updatedAt", "2024-11-21T10:00:00Z", "createdBy", "editor");
    }

    /** The proposed record of candidate j of article i, as the owning service's input fields. */
    static Map<String, Object> proposed(int i, int j) {
        String day = FakeServices.day(i);
        return switch (j) {
        case 1 -> map("claimant", "Ukrainian General Staff", "subject", "RU", "category", "KILLED_OR_WOUNDED", "figure",
                map("qualifier", "MORE_THAN", "value", 1000 + i), "scope",
                map("kind", "INTERVAL", "from", day, "to", day), "asOf", day);
        case 2 -> map("title", "Aid package " + i, "donor", "US", "recipient", "UA", "kind", "PLEDGE", "type",
                "MILITARY", "status", "ANNOUNCED", "announcedOn", day, "value",
                map("amount", 425_000_000, "currency", "USD", "qualifier", "EXACT"), "items",
                List.of(map("name", "Stinger missiles", "category", "AIR_DEFENSE", "quantity", 100)));
        case 3 -> map("title", "Missile strike on Kharkiv", "type", "STRIKE", "date", day, "datePrecision", "DAY",
                "actors", List.of("Russian Armed Forces"), "location", map("name", "Kharkiv", "country", "UA"));
        default -> map("claimant", "Russian officials", "subject", "UA", "category", "EQUIPMENT", "equipmentType",
                "TANK", "figure", map("qualifier", "EXACT", "value", i), "scope", map("kind", "CUMULATIVE"), "asOf",
                day);
        };
    }

    /** The id of the record candidate j of article i was recorded as when accepted; null for the proposed one. */
    static String recordId(int i, int j) {
        return switch (j) {
        case 1 -> FakeServices.claimId(i);
        case 2 -> FakeServices.pledgeId(i);
        case 3 -> FakeServices.eventId(i);
        default -> null;
        };
    }

    /** The id of the claim recorded when candidate 4 of article i is accepted: one of the fake's claims too. */
    static String acceptedClaimId(int i) {
        return FakeServices.claimId(ARTICLES + i);
    }

    /** Candidate j of article i, as found; its span covers its sentence, and its quote is that sentence. */
    static Map<String, Object> candidate(int i, int j) {
        String text = text(i);
        String sentence = sentences(i).get(j - 1);
        int start = text.indexOf(sentence);
        int end = start + sentence.length();
        List<Map<String, Object>> evidence = new ArrayList<>();
        if (j == 1 || j == 4) {
            String number = String.valueOf(j == 1 ? 1000 + i : i);
            int at = text.indexOf(number, start);
            evidence.add(map("field", "figure.value", "start", at, "end", at + number.length(), "rule", "number"));
        }
        boolean accepted = j != 4;
        return map("id", candidateId(i, j), "articleId", articleId(i), "kind", KINDS.get(j - 1), "proposed",
                proposed(i, j), "span", map("start", start, "end", end), "quote", sentence, "evidence", evidence,
                "confidence", j == 4 ? 0.55 : 0.85, "reasons",
                List.of(j == 1 ? "claimant from attribution 'According to'" : "pattern " + KINDS.get(j - 1)), "status",
                accepted ? "ACCEPTED" : "PROPOSED", "recordId", recordId(i, j), "rejectionReason", null, "reviewedBy",
                accepted ? "editor" : null, "reviewedAt", accepted ? "2024-11-21T11:00:00Z" : null, "version",
                accepted ? 1 : 0, "createdAt", "2024-11-20T10:00:00Z", "updatedAt", "2024-11-21T11:00:00Z");
    }
}
