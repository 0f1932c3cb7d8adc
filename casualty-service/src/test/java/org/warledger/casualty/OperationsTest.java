package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/** What operators and API users rely on besides the events themselves. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class OperationsTest {

    @Test
    void healthChecksAreUpAndReadinessChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")).body("checks.name",
                org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void openApiDescribesTheClaimsApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Warledger casualty-service"))
                .body("paths.'/api/casualty-claims'.get.summary", equalTo("List or look up claims"))
                .body("paths.'/api/casualty-claims/summary'.get.summary",
                        equalTo("Who disagrees with whom on one quantity, and by how much"))
                .body("components.schemas.ClaimInput.properties.claimant", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void metricsCountRequestsPerEndpoint() {
        given().get("/api/casualty-claims?limit=1").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/api/casualty-claims\"}"));
    }
}
