package org.warledger.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.event.repository.EventRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;

/**
 * The JSON columns keep their shape whatever the API's records look like, so that rows written by any version read back
 * without a data migration; and the API answers with exactly the fields it always had.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class StoredJsonTest {

    @Inject
    EventRepository repository;

    @Inject
    ObjectMapper json;

    @Test
    void sourcesAndQuantitiesAreStoredInTheirColumnsJson() throws Exception {
        Map<String, Object> event = SampleEvents.kursk(EventResourceTest.tag());
        event.put("sources",
                List.of(Map.of("url", "https://example.org/kursk", "publisher", "The Independent", "title",
                        "Troops in Kursk", "publishedOn", "2024-12-17", "retrievedOn", "2024-12-18", "quote",
                        "thousands of North Korean soldiers")));
        event.put("quantities",
                List.of(Map.of("measure", "troops deployed", "unit", "persons", "figure",
                        Map.of("qualifier", "APPROXIMATELY", "value", 11000), "claimant", "US Department of Defense"),
                        Map.of("measure", "losses", "figure", Map.of("qualifier", "RANGE", "low", 100, "high", 200))));
        UUID id = UUID.fromString(EventResourceTest.createId(event));

        Object[] row = (Object[]) repository.getEntityManager()
                .createNativeQuery("select cast(sources as text), cast(quantities as text) from event where id = :id")
                .setParameter("id", id).getSingleResult();

        assertEquals(
                json.readTree(
                        """
                                [{"url": "https://example.org/kursk", "publisher": "The Independent", "title": "Troops in Kursk",
                                  "publishedOn": "2024-12-17", "retrievedOn": "2024-12-18", "quote": "thousands of North Korean soldiers"}]
                                """),
                json.readTree((String) row[0]));
        assertEquals(json.readTree("""
                [{"measure": "troops deployed", "unit": "persons", "claimant": "US Department of Defense",
                  "figure": {"qualifier": "APPROXIMATELY", "value": 11000, "low": 9900, "best": 11000, "high": 12100,
                             "word": null}},
                 {"measure": "losses", "unit": null, "claimant": null,
                  "figure": {"qualifier": "RANGE", "value": null, "low": 100, "best": null, "high": 200, "word": null}}]
                """), json.readTree((String) row[1]));
    }

    @Test
    void anEventIsAnsweredWithExactlyItsDocumentedFields() throws Exception {
        Map<String, Object> event = SampleEvents.kursk(EventResourceTest.tag());
        String id = EventResourceTest.createId(event);
        JsonNode answer = json.readTree(io.restassured.RestAssured.given().get("/api/events/" + id).then()
                .statusCode(200).extract().asString());

        assertEquals(List.of("id", "version", "title", "type", "date", "datePrecision", "endDate", "summary", "actors",
                "location", "sources", "tags", "quantities", "status", "retractionReason", "externalKey", "createdAt",
                "updatedAt", "createdBy", "updatedBy"), fields(answer));
        assertEquals(List.of("name", "region", "country", "latitude", "longitude", "precision"),
                fields(answer.get("location")));
        assertEquals(List.of("url", "publisher", "title", "publishedOn", "retrievedOn", "quote"),
                fields(answer.get("sources").get(0)));
        assertEquals(List.of("measure", "unit", "figure", "claimant"), fields(answer.get("quantities").get(0)));
        assertEquals(List.of("qualifier", "value", "low", "best", "high", "word"),
                fields(answer.get("quantities").get(0).get("figure")));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
