package org.warledger.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.event.repository.EventRepository;
import org.warledger.platform.rest.RateLimiter;
import org.warledger.platform.rest.RateLimits;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

@QuarkusTest
@TestProfile(LowRateLimits.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventRateLimitTest {

    @Inject
    EventRepository repository;

    @Inject
    RateLimits rateLimits;

    @Inject
    ObjectMapper json;

    private ValidatableResponse importOne(String token, String tag) throws Exception {
        Map<String, Object> event = SampleEvents.kursk(tag);
        event.put("externalKey", tag);
        return given().auth().oauth2(token).contentType("application/x-ndjson")
                .body(json.writeValueAsString(event).getBytes(StandardCharsets.UTF_8)).post("/api/events/import")
                .then();
    }

    private static String freshSubject() {
        return "limited-" + UUID.randomUUID();
    }

    @Test
    void theThirdImportOfACallerWithinTheHourIsRefusedWithRetryAfterAndStoresNothing() throws Exception {
        String editor = Tokens.token(freshSubject(), "editor");
        String tag = "rate-" + UUID.randomUUID().toString().substring(0, 8);
        importOne(editor, tag + "-1").statusCode(200).body("created", equalTo(1));
        importOne(editor, tag + "-2").statusCode(200).body("created", equalTo(1));
        long before = repository.count();
        var refused = importOne(editor, tag + "-3").statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).body("title", equalTo("Too Many Requests"))
                .body("detail", startsWith("too many imports: at most 2 per hour per caller; retry in "))
                .body("instance", equalTo("/api/events/import")).extract();
        // The bucket refills continuously: the next request is allowed after half an hour at most.
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 1800, "Retry-After " + retryAfter);
        assertTrue(refused.path("detail").toString().endsWith("retry in " + retryAfter + " s"));
        assertEquals(before, repository.count());
        given().queryParam("tag", tag + "-3").get("/api/events").then().body("items", hasSize(0));

        // Another caller has a budget of its own; a refused caller stays refused, dry run or not.
        importOne(Tokens.token(freshSubject(), "editor"), tag + "-4").statusCode(200).body("created", equalTo(1));
        given().auth().oauth2(editor).contentType("application/x-ndjson").queryParam("dryRun", "true")
                .body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/events/import").then().statusCode(429);
    }

    @Test
    void requestsRefusedBeforeTheLimitIsCheckedCostTheCallerNothing() throws Exception {
        String subject = freshSubject();
        String tag = "rate-" + UUID.randomUUID().toString().substring(0, 8);
        importOne(Tokens.token(subject, "reader"), tag + "-r").statusCode(403);
        importOne(Tokens.token(subject, "reader"), tag + "-r").statusCode(403);
        importOne(Tokens.token(subject, "editor"), tag + "-1").statusCode(200);
        importOne(Tokens.token(subject, "editor"), tag + "-2").statusCode(200);
        importOne(Tokens.token(subject, "editor"), tag + "-3").statusCode(429);
    }

    @Test
    void anonymousExportsAreCountedByClientAddress() {
        for (int i = 0; i < 3; i++) {
            given().queryParam("limit", 1).get("/api/events/export").then().statusCode(200);
        }
        var refused = given().queryParam("limit", 1).get("/api/events/export").then().statusCode(429)
                .contentType("application/problem+json").body("title", equalTo("Too Many Requests"))
                .body("detail", containsString("too many exports: at most 3 per hour per caller")).extract();
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        // A caller with a verified token is counted by its subject instead.
        given().auth().oauth2(Tokens.token(freshSubject(), "reader")).queryParam("limit", 1).get("/api/events/export")
                .then().statusCode(200);
    }

    @Test
    void aCallerWithAnExportInProgressIsRefusedASecondOneUntilTheFirstIsDone() {
        String subject = freshSubject();
        String token = Tokens.token(subject, "reader");
        try (RateLimiter.Permit inProgress = rateLimits.exports().admit(RateLimits.subjectKey(subject))) {
            given().auth().oauth2(token).queryParam("limit", 1).get("/api/events/export").then().statusCode(429)
                    .contentType("application/problem+json").header("Retry-After", "1")
                    .body("detail", equalTo("too many exports of one caller at the same time: at most 1 are served "
                            + "at once; wait for one to finish"));
            given().auth().oauth2(Tokens.token(freshSubject(), "reader")).queryParam("limit", 1)
                    .get("/api/events/export").then().statusCode(200);
        }
        given().auth().oauth2(token).queryParam("limit", 1).get("/api/events/export").then().statusCode(200);
    }
}
