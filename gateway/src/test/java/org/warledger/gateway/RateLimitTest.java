package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.testing.Tokens;

/** Requests per caller at the GraphQL endpoint, with limits low enough to reach. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    private static final String QUERY = "{ events(first: 1) { edges { node { id } } } }";

    /** Five requests an hour per address, three per token subject: none comes back while the test runs. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warledger.rate-limit.per-address.requests", "5", "warledger.rate-limit.per-address.period",
                    "1H", "warledger.rate-limit.per-subject.requests", "3", "warledger.rate-limit.per-subject.period",
                    "1H");
        }
    }

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static Response post(String token) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", QUERY));
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/graphql");
    }

    private static void tooMany(Response response, String detail) {
        response.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests")).body("detail", containsString(detail));
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
    }

    @Test
    void anAnonymousCallerOverItsLimitGets429WithRetryAfterAndNoBackendCall() {
        for (int i = 0; i < 5; i++) {
            post(null).then().statusCode(200).body("errors", nullValue());
        }
        assertEquals(5, FakeServices.totalCalls());
        tooMany(post(null), "more than 5 requests in 1 h from this address; retry in ");
        given().queryParam("query", QUERY).get("/graphql").then().statusCode(429);
        given().get("/graphql/schema.graphql").then().statusCode(429);
        // A refused token does not make a new caller: it counts against its address.
        tooMany(post(Tokens.forged()), "from this address");
        tooMany(post("garbage"), "from this address");
        assertEquals(5, FakeServices.totalCalls(), "nothing refused reached a service");

        // Health stays reachable for the platform, and a verified token is a caller of its own.
        given().get("/q/health/ready").then().statusCode(200);
        post(Tokens.token("erin", "reader")).then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void eachVerifiedSubjectHasItsOwnLimit() {
        for (int i = 0; i < 3; i++) {
            post(Tokens.token("carol", "reader")).then().statusCode(200);
        }
        tooMany(post(Tokens.token("carol", "editor")), "more than 3 requests in 1 h from this token's subject");
        post(Tokens.token("dave", "reader")).then().statusCode(200).body("errors", nullValue());
        assertEquals(4, FakeServices.totalCalls());
    }
}
