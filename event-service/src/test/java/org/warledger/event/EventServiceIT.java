package org.warledger.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/** The packaged jar, started in the prod profile against a real PostgreSQL through the standard datasource settings. */
@QuarkusIntegrationTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventServiceIT {

    @Test
    void thePackagedServiceStoresListsAndGuardsEvents() {
        String tag = "it-" + System.nanoTime();
        Map<String, Object> event = SampleEvents.kursk(tag);
        String id = given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(event).post("/api/events")
                .then().statusCode(201).extract().path("id");
        given().get("/api/events/" + id).then().statusCode(200).body("quantities[0].figure.high", equalTo(12100));
        given().queryParam("tag", tag).get("/api/events").then().statusCode(200).body("items.id", contains(id));
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(401);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(Map.of("title", ""))
                .post("/api/events").then().statusCode(400).contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/events;x=1").then().statusCode(400);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
