package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The public schema is a contract: the schema the gateway serves is compared with the committed copy
 * ({@code src/test/resources/schema.graphql}), so that no change of a service's JSON or of the gateway's code changes
 * it unnoticed. A deliberate change of the schema updates that copy in the same commit.
 */
@QuarkusTest
class SchemaContractTest {

    @Test
    void theServedSchemaIsExactlyTheCommittedOne() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        String committed;
        try (InputStream in = SchemaContractTest.class.getResourceAsStream("/schema.graphql")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(committed, served, "the served schema differs from src/test/resources/schema.graphql");
    }
}
