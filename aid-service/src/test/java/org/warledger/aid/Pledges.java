package org.warledger.aid;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.warledger.testing.Tokens;

/** Pledge bodies and calls for tests. */
final class Pledges {

    static final String PLEDGES = "/api/aid-pledges";
    static final String RATES = "/api/fx-rates";

    /** Reads JSON numbers as BigDecimal, as money must be compared. */
    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private Pledges() {
    }

    /**
     * A JSON number read with {@link #DECIMALS} (Integer, Long or BigDecimal) equal in value to the expected amount.
     */
    static Matcher<Object> amount(String expected) {
        BigDecimal value = new BigDecimal(expected);
        return new CustomMatcher<>("an amount of " + expected) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(value) == 0;
            }
        };
    }

    /** A donor code no other test uses, so each test sees only its own pledges in the shared database. */
    static String freshDonor() {
        StringBuilder code = new StringBuilder("D");
        for (int i = 0; i < 9; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    static Map<String, Object> pledge(String donor, String kind, String status, String announcedOn, Object amount,
            String currency) {
        Map<String, Object> pledge = new HashMap<>();
        pledge.put("title", donor + " " + kind.toLowerCase() + " of " + amount + " " + currency);
        pledge.put("donor", donor);
        pledge.put("recipient", "UA");
        pledge.put("kind", kind);
        pledge.put("type", "MILITARY");
        pledge.put("status", status);
        pledge.put("announcedOn", announcedOn);
        if (amount != null) {
            pledge.put("value", Map.of("amount", amount, "currency", currency));
        }
        pledge.put("sources", List.of(Map.of("url", "https://example.org/" + donor, "publisher", "Newsroom",
                "publishedOn", announcedOn, "quote", "announced aid")));
        return pledge;
    }

    static ValidatableResponse create(Map<String, Object> pledge) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(pledge).post(PLEDGES).then();
    }

    static String createId(Map<String, Object> pledge) {
        return create(pledge).statusCode(201).extract().path("id");
    }

    static ValidatableResponse changeStatus(String id, String status, String on) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("status", status, "on", on, "source", Map.of("publisher", "Ministry of Defence")))
                .post(PLEDGES + "/" + id + "/status").then();
    }

    static ValidatableResponse loadRate(String date, String currency, String perEur) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("date", date, "currency", currency, "perEur", perEur, "source", "ECB reference rate"))
                .post(RATES).then();
    }
}
