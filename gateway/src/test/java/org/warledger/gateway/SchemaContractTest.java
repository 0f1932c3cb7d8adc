package org.warledger.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public schema is a contract: the schema the gateway serves is compared with the committed copy
 * ({@code src/test/resources/schema.graphql}), so that no change of a service's JSON or of the gateway's code changes
 * it unnoticed. A deliberate change of the schema updates that copy in the same commit: the served schema is written to
 * {@code target/schema/schema.graphql} for review and to copy from.
 */
@QuarkusTest
class SchemaContractTest {

    @Test
    void theServedSchemaIsExactlyTheCommittedOne() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Path copy = Path.of("target", "schema", "schema.graphql");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, served, StandardCharsets.UTF_8);
        String committed;
        try (InputStream in = SchemaContractTest.class.getResourceAsStream("/schema.graphql")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(committed, served, "the served schema differs from src/test/resources/schema.graphql");
    }
}
