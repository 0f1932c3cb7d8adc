package org.warledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the records of the three articles in data/sample through the public APIs, never by SQL. Every record has an
 * externalKey, so loading twice duplicates nothing. Claims and pledges name their event by its externalKey
 * ({@code eventKey}), and packages their parent pledge ({@code parentKey}); these become ids on the way in. Claimant
 * identities are loaded before the claims, which link to them by name. The articles themselves go to the intake-service
 * last, once everything they report is in; the same text posted again is the same article.
 */
final class SampleData {

    private final Home home;
    private final Api api;
    private final String token;

    SampleData(Home home, Api api, String token) {
        this.home = home;
        this.api = api;
        this.token = token;
    }

    /** The outcome counts of every import, for one summary line. */
    record Loaded(int created, int existing) {
        Loaded plus(JsonNode report) {
            return new Loaded(created + report.get("created").asInt(), existing + report.get("existing").asInt());
        }

        Loaded plus(boolean wasCreated) {
            return wasCreated ? new Loaded(created + 1, existing) : new Loaded(created, existing + 1);
        }
    }

    Loaded load() {
        for (JsonNode rate : readArray("fx-rates.json")) {
            api.postIdempotent(App.AID.url() + "/api/fx-rates", token, rate.toString());
        }
        Loaded loaded = new Loaded(0, 0);
        JsonNode events = importAll(App.EVENTS.url() + "/api/events/import", readLines("events.ndjson"));
        loaded = loaded.plus(events);
        Map<String, String> eventIds = ids(events);
        loadClaimants();
        List<ObjectNode> claims = readLines("claims.ndjson");
        claims.forEach(claim -> resolve(claim, "eventKey", "eventId", eventIds));
        loaded = loaded.plus(importAll(App.CASUALTIES.url() + "/api/casualty-claims/import", claims));

        List<ObjectNode> parents = new ArrayList<>();
        List<ObjectNode> children = new ArrayList<>();
        for (ObjectNode pledge : readLines("pledges.ndjson")) {
            resolve(pledge, "eventKey", "eventId", eventIds);
            (pledge.has("parentKey") ? children : parents).add(pledge);
        }
        JsonNode parentReport = importAll(App.AID.url() + "/api/aid-pledges/import", parents);
        loaded = loaded.plus(parentReport);
        Map<String, String> pledgeIds = ids(parentReport);
        children.forEach(child -> resolve(child, "parentKey", "parentId", pledgeIds));
        if (!children.isEmpty()) {
            loaded = loaded.plus(importAll(App.AID.url() + "/api/aid-pledges/import", children));
        }
        for (ObjectNode article : articles()) {
            loaded = loaded.plus(api.postOnce(App.INTAKE.url() + "/api/articles", token, article.toString()));
        }
        return loaded;
    }

    /**
     * The articles as they are posted: the metadata of each entry of articles.json, and the text of the file it names
     * in articles/ (UTF-8, as it is) in place of the file's name.
     */
    List<ObjectNode> articles() {
        List<ObjectNode> articles = new ArrayList<>();
        for (JsonNode entry : readArray("articles.json")) {
            ObjectNode article = ((ObjectNode) entry).deepCopy();
            JsonNode named = article.remove("file");
            if (named == null || !named.isTextual()) {
                throw new LauncherException("an entry of the sample articles.json names no file: " + entry);
            }
            String file = named.asText();
            try {
                article.put("text", Files.readString(home.sample("articles/" + file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new LauncherException("sample article " + file + " cannot be read: " + e.getMessage(), e);
            }
            articles.add(article);
        }
        return articles;
    }

    /**
     * The claimant identities, before the claims so that these link to them as they are recorded. Parents come first in
     * the file and are named by name ({@code parentName}); a claimant there already is looked up by its name.
     */
    private void loadClaimants() {
        String url = App.CASUALTIES.url() + "/api/claimants";
        Map<String, String> ids = new HashMap<>();
        for (JsonNode node : readArray("claimants.json")) {
            ObjectNode claimant = (ObjectNode) node;
            resolve(claimant, "parentName", "parentId", ids);
            String name = claimant.get("name").asText();
            api.postIdempotent(url, token, claimant.toString());
            JsonNode found = api.get(url + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).get("items");
            if (found.isEmpty()) {
                throw new LauncherException("sample claimant " + name + " was not recorded");
            }
            ids.put(name, found.get(0).get("id").asText());
        }
    }

    private JsonNode importAll(String url, List<ObjectNode> lines) {
        StringBuilder body = new StringBuilder();
        lines.forEach(line -> body.append(line).append('\n'));
        JsonNode report = api.importLines(url, token, body.toString());
        if (report.get("rejected").asInt() > 0) {
            throw new LauncherException("sample data was refused by " + url + ": " + report);
        }
        return report;
    }

    private static Map<String, String> ids(JsonNode report) {
        Map<String, String> ids = new HashMap<>();
        report.get("rows").forEach(row -> ids.put(row.get("externalKey").asText(), row.get("id").asText()));
        return ids;
    }

    private static void resolve(ObjectNode record, String keyField, String idField, Map<String, String> ids) {
        if (!record.has(keyField)) {
            return;
        }
        String key = record.remove(keyField).asText();
        String id = ids.get(key);
        if (id == null) {
            throw new LauncherException("sample data names " + keyField + " " + key + ", which no record has");
        }
        record.put(idField, id);
    }

    private List<ObjectNode> readLines(String file) {
        try {
            List<ObjectNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(home.sample(file))) {
                if (!line.isBlank()) {
                    lines.add((ObjectNode) Api.JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readArray(String file) {
        try {
            return Api.JSON.readTree(home.sample(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
