package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.aid.repository.PledgeRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class PledgeImportTest {

    @Inject
    PledgeRepository pledges;

    @Inject
    ObjectMapper json;

    @Test
    void validLinesAreStoredInvalidOnesReportedAndARepeatChangesNothing() throws Exception {
        String donor = Pledges.freshDonor();
        Map<String, Object> good = Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-07-10", 100, "EUR");
        good.put("externalKey", donor + "-1");
        Map<String, Object> negative = Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-07-10", -5, "EUR");
        negative.put("externalKey", donor + "-2");
        Map<String, Object> orphan = Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-07-10", 5, "EUR");
        orphan.put("externalKey", donor + "-3");
        orphan.put("parentId", UUID.randomUUID().toString());
        String file = json.writeValueAsString(good) + "\n" + json.writeValueAsString(negative) + "\n"
                + json.writeValueAsString(orphan);
        long before = pledges.count();
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8)).post(Pledges.PLEDGES + "/import").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("rows.outcome", contains("CREATED", "REJECTED", "REJECTED"))
                .body("rows[1].violations.field", hasItem("value.amount"))
                .body("rows[2].violations.field", hasItem("parentId"));
        assertEquals(before + 1, pledges.count());
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8)).post(Pledges.PLEDGES + "/import").then().statusCode(200)
                .body("created", equalTo(0)).body("existing", equalTo(1));
        assertEquals(before + 1, pledges.count());
        given().queryParam("donor", donor).get(Pledges.PLEDGES + "/export").then().statusCode(200)
                .body(containsString("\"statusHistory\""));
        given().auth().oauth2(Tokens.reader()).contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8)).post(Pledges.PLEDGES + "/import").then().statusCode(403);
    }

    @Test
    void aDryRunChecksParentsWithinTheFileAndStoresNothing() throws Exception {
        String donor = Pledges.freshDonor();
        Map<String, Object> parent = Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-07-10", 100, "EUR");
        parent.put("externalKey", donor + "-p");
        Map<String, Object> orphan = Pledges.pledge(donor, "PLEDGE", "ANNOUNCED", "2024-07-10", 5, "EUR");
        orphan.put("externalKey", donor + "-o");
        orphan.put("parentId", UUID.randomUUID().toString());
        byte[] file = (json.writeValueAsString(parent) + "\n" + json.writeValueAsString(orphan))
                .getBytes(StandardCharsets.UTF_8);
        long before = pledges.count();
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson").body(file)
                .queryParam("dryRun", "true").post(Pledges.PLEDGES + "/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("rows.outcome", contains("CREATED", "REJECTED"))
                .body("rows[1].violations.field", hasItem("parentId"));
        assertEquals(before, pledges.count());
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson").body(file)
                .queryParam("dryRun", "TRUE").post(Pledges.PLEDGES + "/import").then().statusCode(400)
                .body("violations[0].field", equalTo("dryRun"));
        assertEquals(before, pledges.count());
    }
}
