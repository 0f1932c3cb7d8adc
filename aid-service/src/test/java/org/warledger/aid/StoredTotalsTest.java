package org.warledger.aid;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warledger.aid.Pledges.PLEDGES;
import static org.warledger.aid.Pledges.changeStatus;
import static org.warledger.aid.Pledges.createId;
import static org.warledger.aid.Pledges.loadRate;
import static org.warledger.aid.Pledges.pledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/**
 * The totals are read from sums kept by every write; after each kind of write they must equal, for every grouping, both
 * currencies and several windows and filters, what a plain query over the pledges themselves says: each pledge that
 * counts converted with the rates in force on its day, rounded to cents, then added up. The whole ledger is compared,
 * other tests' pledges included. Dated 1987–1989, with HUF, CZK and NOK rates no other test loads.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class StoredTotalsTest {

    private static final List<String> GROUPINGS = Arrays.asList(null, "donor", "type", "status", "month");

    /** A window that is a few days, one across a year's end, one within a month, whole years: every grain is read. */
    private static final List<Map<String, String>> WINDOWS = List.of(Map.of(), Map.of("from", "1987-03-15"),
            Map.of("to", "1988-02-10"), Map.of("from", "1988-01-20", "to", "1988-01-25"),
            Map.of("from", "1987-11-15", "to", "1989-02-03"), Map.of("from", "1988-01-01", "to", "1988-12-31"));

    /**
     * What totals must answer, straight from the pledges: the rate in force is looked up per pledge, as the latest on
     * or before its day, and nothing is pre-summed.
     */
    private static final String PLAIN_TOTALS = """
            select %1$s as key, count(*), count(value), coalesce(sum(value), 0) from (
              select p.*, case when p.value_currency is null then null
                  when p.value_currency = '%2$s' then round(p.value_amount, 2)
                  when '%2$s' = 'EUR' then round(p.value_amount / own, 2)
                  when p.value_currency = 'EUR' then round(p.value_amount * usd, 2)
                  else round(p.value_amount / own * usd, 2) end as value
              from (select p.*,
                  (select per_eur from fx_rate r where r.currency = p.value_currency and r.date <= p.announced_on
                   order by r.date desc limit 1) as own,
                  (select per_eur from fx_rate r where r.currency = 'USD' and r.date <= p.announced_on
                   order by r.date desc limit 1) as usd
                from aid_pledge p) p
              where p.kind = 'PLEDGE' and p.status not in ('DECLINED', 'WITHDRAWN')
                and (p.parent_id is null or (select parent.kind <> 'PLEDGE' or parent.status in ('DECLINED', 'WITHDRAWN')
                                             from aid_pledge parent where parent.id = p.parent_id))
                and (cast(? as date) is null or p.announced_on >= cast(? as date))
                and (cast(? as date) is null or p.announced_on <= cast(? as date))
                and (cast(? as text) is null or p.donor = ?) and (cast(? as text) is null or p.recipient = ?)
                and (cast(? as text) is null or p.type = ?) and (cast(? as text) is null or p.status = ?)
            ) counted group by 1 order by 1""";

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    @Test
    void totalsStayExactThroughCreatesStatusChangesImportsAndRateLoads() throws Exception {
        String first = Pledges.freshDonor();
        String second = Pledges.freshDonor();
        loadRate("1987-01-01", "USD", "1.1").statusCode(201);
        loadRate("1987-01-01", "HUF", "0.8").statusCode(201);
        List<Map<String, String>> filters = List.of(Map.of("donor", first), Map.of("status", "ANNOUNCED"),
                Map.of("type", "FINANCIAL"), Map.of("recipient", "PL"));

        String eur = createId(
                with(pledge(first, "PLEDGE", "ANNOUNCED", "1987-12-31", new BigDecimal("1000.005"), "EUR"), "type",
                        "MILITARY"));
        String usd = createId(
                with(pledge(first, "PLEDGE", "COMMITTED", "1988-01-01", new BigDecimal("333.3333"), "USD"), "type",
                        "FINANCIAL"));
        createId(with(with(pledge(first, "PLEDGE", "ANNOUNCED", "1988-02-29", new BigDecimal("777.77"), "HUF"), "type",
                "HUMANITARIAN"), "recipient", "PL"));
        createId(pledge(first, "PLEDGE", "ANNOUNCED", "1988-03-15", 5000, "CZK"));
        createId(pledge(first, "PLEDGE", "PROPOSED", "1988-06-30", null, null));
        String reported = createId(pledge(second, "REPORTED_TOTAL", "ANNOUNCED", "1988-01-10", 1000000, "EUR"));
        createId(pledge(second, "CONTRACT", "ANNOUNCED", "1988-01-10", 500, "EUR"));
        String parent = createId(pledge(second, "PLEDGE", "ANNOUNCED", "1988-01-15", 10000, "EUR"));
        String firstChild = createId(
                with(pledge(second, "PLEDGE", "ANNOUNCED", "1988-01-20", 4000, "HUF"), "parentId", parent));
        String secondChild = createId(
                with(pledge(second, "PLEDGE", "ANNOUNCED", "1988-01-25", 6000, "USD"), "parentId", parent));
        createId(with(pledge(second, "PLEDGE", "ANNOUNCED", "1988-02-01", 100, "EUR"), "parentId", secondChild));
        createId(with(pledge(second, "PLEDGE", "ANNOUNCED", "1988-01-11", 50, "EUR"), "parentId", reported));
        createId(pledge(second, "PLEDGE", "DECLINED", "1989-01-05", 100, "EUR"));
        assertExact(filters);
        // 1000.005 rounds half up; 333.3333 / 1.1 and 777.77 / 0.8 to cents; CZK and no value are unvalued.
        assertTotal(first, "EUR", "2275.25", 5, 2);
        assertTotal(second, "EUR", "10050.00", 2, 0);

        changeStatus(eur, "COMMITTED", "1988-01-05").statusCode(200);
        changeStatus(parent, "WITHDRAWN", "1988-03-01").statusCode(200);
        assertExact(filters);
        assertTotal(second, "EUR", "10504.55", 3, 0);
        changeStatus(firstChild, "DELIVERED", "1988-04-01").statusCode(200);
        changeStatus(secondChild, "DECLINED", "1988-04-01").statusCode(200);
        changeStatus(usd, "ALLOCATED", "1988-04-01").statusCode(200);
        assertExact(filters);
        assertTotal(second, "EUR", "5150.00", 3, 0);

        String file = String.join("\n",
                line(with(pledge(first, "PLEDGE", "ANNOUNCED", "1988-07-01", new BigDecimal("250.5"), "HUF"),
                        "externalKey", first + "-1")),
                line(with(with(pledge(first, "PLEDGE", "ANNOUNCED", "1988-07-01", 100, "EUR"), "externalKey",
                        first + "-2"), "parentId", eur)),
                line(with(pledge(first, "PLEDGE", "ANNOUNCED", "1988-07-01", -5, "EUR"), "externalKey", first + "-3")),
                line(with(pledge(first, "PLEDGE", "ANNOUNCED", "1988-07-02", 7, "EUR"), "externalKey", first + "-1")),
                line(with(pledge(second, "PLEDGE", "DECLINED", "1989-02-02", 10, "EUR"), "externalKey", second + "-1")),
                line(with(pledge(second, "PLEDGE", "ANNOUNCED", "1989-02-02", 10, "CZK"), "externalKey",
                        second + "-2")),
                "{\"title\": ", line(with(with(pledge(second, "PLEDGE", "ANNOUNCED", "1989-02-03", 20, "EUR"),
                        "externalKey", second + "-3"), "parentId", firstChild)));
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", "true").post(PLEDGES + "/import")
                .then().statusCode(200);
        assertExact(filters);
        JsonPath report = given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8)).post(PLEDGES + "/import").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(5, report.getInt("created"), report.prettify());
        assertEquals(3, report.getInt("rejected") + report.getInt("existing"), report.prettify());
        assertExact(filters);

        loadRate("1988-03-01", "CZK", "25").statusCode(201);
        assertExact(filters);
        loadRate("1988-02-15", "USD", "1.2").statusCode(201);
        assertExact(filters);
        loadRate("1986-06-01", "HUF", "0.9").statusCode(201);
        loadRate("1988-05-01", "HUF", "0.75").statusCode(201);
        loadRate("1989-01-01", "USD", "1.3").statusCode(201);
        assertExact(filters);
    }

    @Test
    void concurrentWritesOfOneDonorAndCurrencyLoseNothing() throws Exception {
        String donor = Pledges.freshDonor();
        int threads = 8;
        int each = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        createId(pledge(donor, "PLEDGE", "ANNOUNCED", "1989-06-15",
                                new BigDecimal((thread * 100 + i) + ".01"), "EUR"));
                        createId(pledge(donor, "PLEDGE", "COMMITTED", "1989-06-" + (10 + i), new BigDecimal("10.5"),
                                "NOK"));
                    }
                    return null;
                }));
            }
            writes.add(pool.submit(() -> {
                String file = java.util.stream.IntStream.range(0, 40)
                        .mapToObj(i -> line(
                                with(pledge(donor, "PLEDGE", "ANNOUNCED", "1989-06-15", new BigDecimal("0.25"), "EUR"),
                                        "externalKey", donor + "-" + i)))
                        .collect(Collectors.joining("\n"));
                given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson")
                        .body(file.getBytes(StandardCharsets.UTF_8)).post(PLEDGES + "/import").then().statusCode(200);
                return null;
            }));
            writes.add(pool.submit(() -> {
                for (int day = 20; day >= 1; day -= 3) {
                    loadRate("1989-06-%02d".formatted(day), "NOK", "8." + day).statusCode(201);
                }
                return null;
            }));
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        BigDecimal sum = new BigDecimal("10.00");
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < each; i++) {
                sum = sum.add(new BigDecimal((t * 100 + i) + ".01"));
            }
        }
        JsonPath eur = decimals(given().queryParam("donor", donor).queryParam("status", "ANNOUNCED")
                .get(PLEDGES + "/totals").then().statusCode(200).extract().asString());
        assertEquals(0, sum.compareTo(new BigDecimal(eur.getString("total"))), eur.prettify());
        assertEquals(threads * each + 40, eur.getInt("count"));
        assertExact(List.of(Map.of("donor", donor)));
    }

    @Test
    void theMigrationsBackfillBuildsWhatTheWritesKept() throws Exception {
        String donor = Pledges.freshDonor();
        String parent = createId(pledge(donor, "PLEDGE", "ANNOUNCED", "1989-03-01", 900, "HUF"));
        createId(with(pledge(donor, "PLEDGE", "ANNOUNCED", "1989-03-02", 300, "USD"), "parentId", parent));
        changeStatus(parent, "WITHDRAWN", "1989-04-01").statusCode(200);
        loadRate("1989-03-02", "HUF", "0.7").statusCode(201);

        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V3__create_aid_pledge_total.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String backfill = migration.substring(migration.indexOf("-- Backfill"));
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<String> kept = stored(connection);
                assertTrue(kept.size() > 10, "some totals are stored");
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("delete from aid_pledge_total");
                    for (String sql : backfill.split(";")) {
                        if (!sql.strip().replaceAll("(?m)^--.*$", "").isBlank()) {
                            statement.executeUpdate(sql);
                        }
                    }
                }
                assertEquals(kept, stored(connection));
            } finally {
                connection.rollback();
            }
        }
    }

    /** Every stored row that holds anything (rows brought back to nothing by later writes are left in place). */
    private static List<String> stored(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("""
                select concat_ws(' ', grain, period, donor, recipient, type, status, currency, pledges, eur_valued,
                                 eur::numeric(40, 2), usd_valued, usd::numeric(40, 2))
                from aid_pledge_total where pledges <> 0 or eur <> 0 or usd <> 0
                order by grain, period, donor, recipient, type, status, currency""")) {
            while (row.next()) {
                rows.add(row.getString(1));
            }
        }
        return rows;
    }

    /**
     * The endpoint agrees with {@link #PLAIN_TOTALS}: over each window, as one sum and by month (the groupings read the
     * stored periods alike, except that months are never read from years); over all time, and over the first window
     * across years with the first filter, for every grouping; both currencies each time.
     */
    private void assertExact(List<Map<String, String>> filters) throws SQLException {
        List<Map<String, String>> everyGrouping = new ArrayList<>(filters);
        everyGrouping.add(Map.of());
        Map<String, String> filtered = new LinkedHashMap<>(WINDOWS.get(4));
        filtered.putAll(filters.get(0));
        everyGrouping.add(filtered);
        try (Connection connection = database.getConnection()) {
            for (String currency : List.of("EUR", "USD")) {
                for (Map<String, String> window : WINDOWS) {
                    assertAgrees(connection, currency, null, window);
                    assertAgrees(connection, currency, "month", window);
                }
                for (String groupBy : GROUPINGS) {
                    for (Map<String, String> query : everyGrouping) {
                        assertAgrees(connection, currency, groupBy, query);
                    }
                }
            }
        }
    }

    private void assertAgrees(Connection connection, String currency, String groupBy, Map<String, String> query)
            throws SQLException {
        List<String> expected = new ArrayList<>();
        String key = groupBy == null ? "'all'" : switch (groupBy) {
        case "month" -> "to_char(announced_on, 'YYYY-MM')";
        default -> groupBy;
        };
        try (PreparedStatement statement = connection.prepareStatement(PLAIN_TOTALS.formatted(key, currency))) {
            int i = 1;
            for (String name : List.of("from", "to", "donor", "recipient", "type", "status")) {
                statement.setString(i++, query.get(name));
                statement.setString(i++, query.get(name));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long count = row.getLong(2);
                    expected.add(group(row.getString(1), row.getBigDecimal(4), count, count - row.getLong(3)));
                }
            }
        }
        var request = given().queryParam("currency", currency);
        if (groupBy != null) {
            request.queryParam("groupBy", groupBy);
        }
        query.forEach(request::queryParam);
        JsonPath answer = decimals(request.get(PLEDGES + "/totals").then().statusCode(200).extract().asString());
        String what = currency + " by " + groupBy + " " + query;
        String all = group("all", new BigDecimal(answer.getString("total")), answer.getLong("count"),
                answer.getLong("unvalued"));
        if (groupBy == null) {
            assertEquals(expected.isEmpty() ? List.of(group("all", BigDecimal.ZERO, 0, 0)) : expected, List.of(all),
                    what);
            return;
        }
        List<String> groups = new ArrayList<>();
        for (Map<String, Object> g : answer.<Map<String, Object>> getList("groups")) {
            groups.add(group((String) g.get("key"), new BigDecimal(g.get("total").toString()),
                    ((Number) g.get("count")).longValue(), ((Number) g.get("unvalued")).longValue()));
        }
        assertEquals(expected, groups, what);
        assertEquals(currency, answer.getString("currency"));
    }

    private static String group(String key, BigDecimal total, long count, long unvalued) {
        return key + " " + total.setScale(2).toPlainString() + " " + count + " " + unvalued;
    }

    private static void assertTotal(String donor, String currency, String total, int count, int unvalued) {
        JsonPath answer = decimals(given().queryParam("donor", donor).queryParam("currency", currency)
                .get(PLEDGES + "/totals").then().statusCode(200).extract().asString());
        assertEquals(total, new BigDecimal(answer.getString("total")).setScale(2).toPlainString(), answer.prettify());
        assertEquals(count, answer.getInt("count"));
        assertEquals(unvalued, answer.getInt("unvalued"));
    }

    /** Money read exactly: every JSON number with a fraction as a BigDecimal. */
    private static JsonPath decimals(String body) {
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> with(Map<String, Object> pledge, String field, Object value) {
        pledge.put(field, value);
        return pledge;
    }

    private String line(Map<String, Object> pledge) {
        try {
            return json.writeValueAsString(pledge);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
