package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/** The packaged jar, started in the prod profile against a real PostgreSQL through the standard datasource settings. */
@QuarkusIntegrationTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class AidServiceIT {

    @Test
    void thePackagedServiceNormalisesAndTotalsPledges() {
        String donor = Pledges.freshDonor();
        Pledges.loadRate("2024-07-01", "USD", "1.08").statusCode(201);
        String id = Pledges
                .createId(Pledges.pledge(donor, "PLEDGE", "COMMITTED", "2024-07-10", 40_000_000_000L, "EUR"));
        Pledges.createId(Pledges.pledge(donor, "CONTRACT", "COMMITTED", "2024-07-10", 700_000_000, "USD"));
        Pledges.changeStatus(id, "DELIVERED", "2024-08-01").statusCode(200);
        given().config(Pledges.DECIMALS).get(Pledges.PLEDGES + "/" + id).then()
                .body("normalized.usd", Pledges.amount("43200000000"))
                .body("statusHistory.status", contains("COMMITTED", "DELIVERED"));
        given().config(Pledges.DECIMALS).queryParam("donor", donor).queryParam("currency", "USD")
                .get(Pledges.PLEDGES + "/totals").then().body("total", Pledges.amount("43200000000"))
                .body("count", equalTo(1));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
