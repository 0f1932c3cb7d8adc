package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/** The packaged jar, started in the prod profile against a real PostgreSQL through the standard datasource settings. */
@QuarkusIntegrationTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class CasualtyServiceIT {

    @Test
    void thePackagedServiceRecordsRevisesAndSummarisesClaims() {
        String subject = Claims.freshSubject();
        String id = Claims.createId(Claims.cumulative("NATO Secretary General", subject, "KILLED_OR_WOUNDED",
                "MORE_THAN", 350_000, "2024-07-10"));
        Claims.createId(Claims.cumulative("US and UK intelligence", subject, "KILLED_OR_WOUNDED", "APPROXIMATELY",
                500_000, "2024-07-10"));
        Claims.revise(id, Map.of("version", 0, "figure", Map.of("qualifier", "MORE_THAN", "value", 360_000), "asOf",
                "2024-07-10", "sources", java.util.List.of(Map.of("publisher", "NATO")))).statusCode(200);
        given().get(Claims.CLAIMS + "/" + id + "/history").then().body("status", contains("SUPERSEDED", "ACTIVE"));
        given().queryParam("subject", subject).queryParam("category", "KILLED_OR_WOUNDED")
                .queryParam("asOf", "2024-08-01").get(Claims.CLAIMS + "/summary").then().statusCode(200)
                .body("claimants", equalTo(2)).body("low", equalTo(360_001)).body("openAbove", equalTo(true))
                .body("verdict", equalTo("AGREE")).body("agreement.low", equalTo(450_000))
                .body("agreement.high", equalTo(550_000));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
