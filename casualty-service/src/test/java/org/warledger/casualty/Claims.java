package org.warledger.casualty;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.warledger.testing.Tokens;

/** Claim bodies and calls for tests. */
final class Claims {

    static final String CLAIMS = "/api/casualty-claims";

    private Claims() {
    }

    /** A subject code no other test uses, so each test sees only its own claims in the shared database. */
    static String freshSubject() {
        StringBuilder code = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    static Map<String, Object> source(String publisher, String publishedOn, String quote) {
        return Map.of("url", "https://example.org/" + publisher.replace(' ', '-'), "publisher", publisher,
                "publishedOn", publishedOn, "quote", quote);
    }

    static Map<String, Object> cumulative(String claimant, String subject, String category, String qualifier,
            long value, String asOf) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("claimant", claimant);
        claim.put("subject", subject);
        claim.put("category", category);
        claim.put("figure", Map.of("qualifier", qualifier, "value", value));
        claim.put("scope", Map.of("kind", "CUMULATIVE", "from", "2022-02-24"));
        claim.put("asOf", asOf);
        claim.put("statedOn", asOf);
        claim.put("sources", List.of(source("Newsroom", asOf, claimant + " said so")));
        return claim;
    }

    static Map<String, Object> interval(String claimant, String subject, String category, long value, String from,
            String to) {
        Map<String, Object> claim = cumulative(claimant, subject, category, "EXACT", value, to);
        claim.put("scope", Map.of("kind", "INTERVAL", "from", from, "to", to));
        return claim;
    }

    static ValidatableResponse create(Map<String, Object> claim) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(claim).post(CLAIMS).then();
    }

    static String createId(Map<String, Object> claim) {
        return create(claim).statusCode(201).extract().path("id");
    }

    static ValidatableResponse revise(String id, Map<String, Object> revision) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(revision)
                .post(CLAIMS + "/" + id + "/revisions").then();
    }
}
