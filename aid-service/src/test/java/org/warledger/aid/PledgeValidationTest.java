package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.warledger.aid.repository.FxRateRepository;
import org.warledger.aid.repository.PledgeRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/** Every rule on what a pledge or a rate may hold: a 4xx problem naming the field, and nothing stored. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class PledgeValidationTest {

    @Inject
    PledgeRepository pledges;

    @Inject
    FxRateRepository rates;

    static Stream<Arguments> badPledges() {
        return Stream.of(bad("missing title", "title", p -> p.remove("title")),
                bad("missing donor", "donor", p -> p.remove("donor")),
                bad("donor that is no code", "donor", p -> p.put("donor", "Germany")),
                bad("donor giving to itself", "donorNotRecipient", p -> p.put("recipient", p.get("donor"))),
                bad("unknown kind", "kind", p -> p.put("kind", "LOAN")),
                bad("missing type", "type", p -> p.remove("type")),
                bad("unknown status", "status", p -> p.put("status", "RUMOURED")),
                bad("missing announcedOn", "announcedOn", p -> p.remove("announcedOn")),
                bad("impossible date", "announcedOn", p -> p.put("announcedOn", "2024-13-01")),
                bad("negative amount", "value.amount", p -> p.put("value", Map.of("amount", -5, "currency", "EUR"))),
                bad("zero amount", "value.amount", p -> p.put("value", Map.of("amount", 0, "currency", "EUR"))),
                bad("amount as text", "value.amount",
                        p -> p.put("value", Map.of("amount", "forty billion", "currency", "EUR"))),
                bad("fraction of a hundredth of a cent", "value.amount",
                        p -> p.put("value", Map.of("amount", 1.123456, "currency", "EUR"))),
                bad("unknown currency", "value.currency", p -> p.put("value", Map.of("amount", 5, "currency", "XYZ"))),
                bad("lower-case currency", "value.currency",
                        p -> p.put("value", Map.of("amount", 5, "currency", "eur"))),
                bad("missing currency", "value.currency", p -> p.put("value", Map.of("amount", 5))),
                bad("range qualifier on money", "value.qualifier",
                        p -> p.put("value", Map.of("amount", 5, "currency", "EUR", "qualifier", "RANGE"))),
                bad("delivered more than pledged", "items[0].deliveredWithinPledged",
                        p -> p.put("items",
                                List.of(Map.of("name", "F-16", "category", "AIRCRAFT", "quantity", 6,
                                        "deliveredQuantity", 7)))),
                bad("negative quantity", "items[0].quantity",
                        p -> p.put("items", List.of(Map.of("name", "F-16", "category", "AIRCRAFT", "quantity", -1)))),
                bad("item without category", "items[0].category", p -> p.put("items", List.of(Map.of("name", "F-16")))),
                bad("no sources", "sources", p -> p.put("sources", List.of())),
                bad("parentId that is no UUID", "parentId", p -> p.put("parentId", "the big one")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPledges")
    void aBadPledgeIsRefusedWithTheFieldNamedAndNothingStored(String name, String field,
            Consumer<Map<String, Object>> spoil) {
        Map<String, Object> pledge = new HashMap<>(
                Pledges.pledge("NATO", "PLEDGE", "ANNOUNCED", "2024-07-10", 40_000_000_000L, "EUR"));
        spoil.accept(pledge);
        long before = pledges.count();
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(pledge).post(Pledges.PLEDGES).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
        assertEquals(before, pledges.count());
    }

    static Stream<Arguments> badRates() {
        return Stream.of(bad("rate for the euro", "notEuro", r -> r.put("currency", "EUR")),
                bad("unknown currency", "currency", r -> r.put("currency", "ABC")),
                bad("negative rate", "perEur", r -> r.put("perEur", -1.08)),
                bad("zero rate", "perEur", r -> r.put("perEur", 0)), bad("missing date", "date", r -> r.remove("date")),
                bad("missing source", "source", r -> r.remove("source")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRates")
    void aBadRateIsRefusedWithTheFieldNamedAndNothingStored(String name, String field,
            Consumer<Map<String, Object>> spoil) {
        Map<String, Object> rate = new HashMap<>(
                Map.of("date", "1999-01-04", "currency", "USD", "perEur", 1.1789, "source", "ECB"));
        spoil.accept(rate);
        long before = rates.count();
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(rate).post(Pledges.RATES).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
        assertEquals(before, rates.count());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{\"status\":\"DELIVERED\"}:on", "{\"on\":\"2024-01-01\"}:status",
            "{\"status\":\"SHIPPED\",\"on\":\"2024-01-01\",\"source\":{\"publisher\":\"X\"}}:status",
            "{\"status\":\"DELIVERED\",\"on\":\"2024-01-01\",\"source\":{}}:source.identified" })
    void aBadStatusChangeIsRefused(String bodyAndField) {
        int split = bodyAndField.lastIndexOf(':');
        String id = Pledges.createId(Pledges.pledge("NATO", "PLEDGE", "ANNOUNCED", "2024-07-10", 1, "EUR"));
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(bodyAndField.substring(0, split))
                .post(Pledges.PLEDGES + "/" + id + "/status").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(bodyAndField.substring(split + 1)));
        given().get(Pledges.PLEDGES + "/" + id).then().body("version", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "currency=GBP:currency", "groupBy=country:groupBy", "from=2024-02-30:from",
            "donor=germany:donor", "type=LOAN:type", "status=GONE:status" })
    void aBadTotalsQueryIs400(String queryAndField) {
        String[] parts = queryAndField.split(":");
        given().urlEncodingEnabled(false).get(Pledges.PLEDGES + "/totals?" + parts[0]).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(parts[1]));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "limit=501", "after=zzz", "kind=LOAN", "eventId=x", "parentId=x",
            "parentId=00000000-0000-4000-8000-000000000001,00000000-0000-4000-8000-000000000002", "changedSince=x",
            "recipient=ukraine" })
    void aBadListQueryIs400(String query) {
        given().urlEncodingEnabled(false).get(Pledges.PLEDGES + "?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(query.substring(0, query.indexOf('='))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/aid-pledges;x=1", "/api/fx-rates%2F..", "/api/aid-pledges%5Ctotals" })
    void aPathWithParametersOrEncodedSlashesIsRefused(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType("application/problem+json");
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(name, field, spoil);
    }
}
