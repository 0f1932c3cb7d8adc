package org.warledger.casualty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warledger.casualty.repository.ClaimRepository;
import org.warledger.casualty.repository.RevisionRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class ClaimImportTest {

    @Inject
    ClaimRepository claims;

    @Inject
    RevisionRepository revisions;

    @Inject
    ObjectMapper json;

    @Test
    void validLinesAreStoredWithTheirFirstRevisionAndARepeatChangesNothing() throws Exception {
        String subject = Claims.freshSubject();
        Map<String, Object> good = Claims.cumulative("General Staff", subject, "KILLED", "EXACT", 10, "2024-07-10");
        good.put("externalKey", subject + "-1");
        Map<String, Object> equipment = Claims.cumulative("General Staff", subject, "EQUIPMENT", "EXACT", 5,
                "2024-07-10");
        equipment.put("externalKey", subject + "-2");
        String file = json.writeValueAsString(good) + "\n" + json.writeValueAsString(equipment) + "\n";
        long before = claims.count();
        long revisionsBefore = revisions.count();
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8)).post(Claims.CLAIMS + "/import").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("rows.outcome", contains("CREATED", "REJECTED"))
                .body("rows[1].violations.field", hasItem("equipmentTypeConsistent"));
        assertEquals(before + 1, claims.count());
        assertEquals(revisionsBefore + 1, revisions.count());
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8)).post(Claims.CLAIMS + "/import").then().statusCode(200)
                .body("created", equalTo(0)).body("existing", equalTo(1));
        assertEquals(before + 1, claims.count());
        given().queryParam("subject", subject).get(Claims.CLAIMS + "/export").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("\"externalKey\":\"" + subject + "-1\""));
        given().contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8))
                .post(Claims.CLAIMS + "/import").then().statusCode(401);
    }

    @Test
    void aDryRunStoresNeitherClaimsNorRevisionsAndRefusesAnUnclearSwitch() throws Exception {
        String subject = Claims.freshSubject();
        Map<String, Object> good = Claims.cumulative("General Staff", subject, "KILLED", "EXACT", 10, "2024-07-10");
        good.put("externalKey", subject + "-dry");
        byte[] file = json.writeValueAsString(good).getBytes(StandardCharsets.UTF_8);
        long before = claims.count();
        long revisionsBefore = revisions.count();
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson").body(file)
                .queryParam("dryRun", "true").post(Claims.CLAIMS + "/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(1))
                .body("rows[0].id", org.hamcrest.Matchers.nullValue());
        assertEquals(before, claims.count());
        assertEquals(revisionsBefore, revisions.count());
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson").body(file).queryParam("dryRun", "1")
                .post(Claims.CLAIMS + "/import").then().statusCode(400).body("violations[0].field", equalTo("dryRun"));
        assertEquals(before, claims.count());
    }
}
