package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warledger.aid.Pledges.PLEDGES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/**
 * The JSON columns keep their shape: what is stored in items, sources and status_history is what was stored before the
 * API's records and the stored ones were told apart, field for field, so that rows written earlier still read.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class StoredJsonTest {

    @Inject
    AgroalDataSource database;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void itemsSourcesAndStatusHistoryAreStoredWithEveryFieldNamedAsBefore() throws Exception {
        String donor = Pledges.freshDonor();
        Map<String, Object> body = Pledges.pledge(donor, "PLEDGE", "PROPOSED", "2004-02-15", 5, "EUR");
        body.put("items", List.of(Map.of("name", "F-16", "category", "AIRCRAFT", "quantity", 6, "deliveredQuantity", 2),
                Map.of("name", "Shells", "category", "AMMUNITION")));
        String id = Pledges.createId(body);
        Pledges.changeStatus(id, "ANNOUNCED", "2004-03-01").statusCode(200);

        JsonNode items;
        JsonNode sources;
        JsonNode history;
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select items::text, sources::text, status_history::text from aid_pledge where id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                items = json.readTree(row.getString(1));
                sources = json.readTree(row.getString(2));
                history = json.readTree(row.getString(3));
            }
        }
        assertEquals(json.readTree("""
                [{"name": "F-16", "category": "AIRCRAFT", "quantity": 6, "deliveredQuantity": 2},
                 {"name": "Shells", "category": "AMMUNITION", "quantity": null, "deliveredQuantity": null}]"""), items);
        String source = """
                {"url": "https://example.org/%s", "publisher": "Newsroom", "title": null, "publishedOn": "2004-02-15",
                 "retrievedOn": null, "quote": "announced aid"}""".formatted(donor);
        assertEquals(json.readTree("[" + source + "]"), sources);

        assertEquals(2, history.size());
        Instant createdAt = Instant.parse(given().get(PLEDGES + "/" + id).then().extract().path("createdAt"));
        assertEquals(createdAt, Instant.parse(history.get(0).get("recordedAt").asText()));
        assertEquals(json.readTree("""
                {"status": "PROPOSED", "on": "2004-02-15", "source": %s, "recordedBy": "alice"}""".formatted(source)),
                ((ObjectNode) history.get(0).deepCopy()).without("recordedAt"));
        assertEquals(json.readTree("""
                {"status": "ANNOUNCED", "on": "2004-03-01", "recordedBy": "alice",
                 "source": {"url": null, "publisher": "Ministry of Defence", "title": null, "publishedOn": null,
                            "retrievedOn": null, "quote": null}}"""),
                ((ObjectNode) history.get(1).deepCopy()).without("recordedAt"));
    }
}
