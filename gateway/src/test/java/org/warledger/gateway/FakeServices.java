package org.warledger.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/**
 * Stand-ins for the four services, served by the test application itself under /fake/…: 40 events (or as many as a test
 * sets), each with one claim and one pledge, and the articles of {@link IntakeFixtures}. They count every call and
 * record every request line and forwarded Authorization header, so tests can check what the gateway sends; they can be
 * switched to answer 503 or 500 as a failing service would. The fake intake-service refuses, as the service would, what
 * the contract does not allow: unknown or malformed parameters, writes without a bearer token, bad bodies. Every test
 * class of the gateway gets the public key of {@link Tokens} through {@link JwtKeysResource}.
 */
@QuarkusTestResource(JwtKeysResource.class)
public final class FakeServices {

    static final int EVENTS = 40;
    /** How many events the fakes hold; {@link #reset()} brings it back to {@link #EVENTS}. */
    static volatile int events = EVENTS;
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    /** The request line (path and query, as sent) of every list and look-up call. */
    static final List<String> URIS = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Every sparse fieldset the fakes were asked for: path and {@code fields} value (see {@link FakeFields}). */
    static final List<List<String>> FIELDS = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final Set<String> DOWN = ConcurrentHashMap.newKeySet();
    /** Services that answer 500, as one failing on its own would. */
    static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();
    /** Services that answer, but only after 1.5 s: longer than the gateway's timeout for aid-service in tests. */
    static final Set<String> SLOW = ConcurrentHashMap.newKeySet();
    /** Services whose lists are empty, as a service holding nothing for the period would answer. */
    static final Set<String> EMPTY = ConcurrentHashMap.newKeySet();
    /**
     * Events whose latitude is sent as 1E+400, a number no double holds (it reads as infinity, which GraphQL's Float
     * refuses): an answer outside event-service's contract.
     */
    static final Set<Integer> UNBOUNDED_LATITUDE = ConcurrentHashMap.newKeySet();
    static final List<String> AUTHORIZATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Every request to casualty-service, as it arrived. */
    static final List<Request> REQUESTS = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The bodies of the events created at event-service, as they arrived. */
    static final List<Map<String, Object>> EVENT_INPUTS = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Every request to intake-service, as it arrived. */
    static final List<Request> INTAKE = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Candidates accepted or rejected through the fake intake-service: id → the candidate as it is now. */
    static final Map<String, Map<String, Object>> REVIEWED = new ConcurrentHashMap<>();
    /** Articles submitted to the fake intake-service: id → the article with its text. */
    static final Map<String, Map<String, Object>> SUBMITTED = new ConcurrentHashMap<>();

    private FakeServices() {
    }

    static void reset() {
        events = EVENTS;
        CALLS.clear();
        URIS.clear();
        FIELDS.clear();
        DOWN.clear();
        BROKEN.clear();
        SLOW.clear();
        EMPTY.clear();
        UNBOUNDED_LATITUDE.clear();
        AUTHORIZATIONS.clear();
        REQUESTS.clear();
        EVENT_INPUTS.clear();
        INTAKE.clear();
        REVIEWED.clear();
        SUBMITTED.clear();
    }

    /**
     * A request as a fake received it: method, path, its query parameters decoded (a repeated one with each value, in
     * order), the Authorization and Idempotency-Key headers, and the JSON body read into maps (null for none).
     */
    record Request(String method, String path, Map<String, List<String>> query, String authorization,
            String idempotencyKey, Map<String, Object> body) {
    }

    private static Request received(HttpServerRequest request, Map<String, Object> body) {
        Request received = request(request, body);
        REQUESTS.add(received);
        return received;
    }

    private static Request request(HttpServerRequest request, Map<String, Object> body) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        request.params().names().forEach(name -> query.put(name, request.params().getAll(name)));
        return new Request(request.method().name(), request.path(), query, request.getHeader("Authorization"),
                request.getHeader("Idempotency-Key"), body);
    }

    /** The requests intake-service received at {@code path} (under /fake/intake/api/). */
    static List<Request> intakeRequests(String path) {
        return INTAKE.stream().filter(r -> r.path().equals("/fake/intake/api/" + path)).toList();
    }

    /** The requests received at {@code path} (under /fake/casualties/api/). */
    static List<Request> requests(String path) {
        return REQUESTS.stream().filter(r -> r.path().equals("/fake/casualties/api/" + path)).toList();
    }

    /** A problem+json refusal with one violation, as casualty-service answers it. */
    private static Response problem(int status, String title, String field, String message) {
        return problem("casualty-service", status, title, field, message);
    }

    /** A problem+json refusal of {@code service}, with one violation when {@code field} is not null. */
    private static Response problem(String service, int status, String title, String field, String message) {
        CALLS.computeIfAbsent(service, k -> new AtomicInteger()).incrementAndGet();
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("status", status, "title", title, "detail", field == null ? message : field + ": " + message));
        if (field != null) {
            body.put("violations", List.of(Map.of("field", field, "in", "body", "message", message)));
        }
        return Response.status(status).type("application/problem+json").entity(body).build();
    }

    /** The ids of each look-up by ids that the fake event-service answered, in the order they came. */
    static List<Set<String>> eventLookUps() {
        return URIS.stream().filter(uri -> uri.matches("/fake/events/api/events\\?(.*&)?ids=.*"))
                .map(uri -> (Set<String>) new java.util.TreeSet<>(List.of(java.net.URLDecoder
                        .decode(uri.replaceAll(".*[?&]ids=([^&]*).*", "$1"), java.nio.charset.StandardCharsets.UTF_8)
                        .split(","))))
                .toList();
    }

    static int calls(String service) {
        AtomicInteger count = CALLS.get(service);
        return count == null ? 0 : count.get();
    }

    static int totalCalls() {
        return CALLS.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    static String eventId(int i) {
        return String.format("00000000-0000-4000-8000-%012d", i);
    }

    static String claimId(int i) {
        return String.format("00000000-0000-4000-9000-%012d", i);
    }

    static String pledgeId(int i) {
        return String.format("00000000-0000-4000-a000-%012d", i);
    }

    /** Later for a higher number, so the fakes' lists are newest first like the services'. */
    static String day(int i) {
        return java.time.LocalDate.of(2024, 10, 1).plusDays(i).toString();
    }

    private static Response answer(String service, Object body) {
        return answer(service, 200, body);
    }

    private static Response answer(String service, int status, Object body) {
        CALLS.computeIfAbsent(service, k -> new AtomicInteger()).incrementAndGet();
        if (DOWN.contains(service)) {
            return Response.status(503).type("application/problem+json")
                    .entity(Map.of("status", 503, "title", "Service Unavailable", "detail", "maintenance")).build();
        }
        if (BROKEN.contains(service)) {
            return Response.status(500).type("application/problem+json")
                    .entity(Map.of("status", 500, "title", "Internal Server Error", "detail", "it broke")).build();
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static Map<String, Object> page(List<Map<String, Object>> items) {
        return page(items, null);
    }

    private static Map<String, Object> page(List<Map<String, Object>> items, String nextCursor) {
        Map<String, Object> page = new java.util.HashMap<>();
        page.put("items", items);
        page.put("nextCursor", nextCursor);
        return page;
    }

    /** The fake event-service's cursor after event {@code i}, in its own format, which only it reads. */
    static String eventCursor(int i) {
        String raw = "DATE|" + day(i) + "|" + eventId(i);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> split(String ids) {
        return ids == null ? null : new HashSet<>(Arrays.asList(ids.split(",")));
    }

    /** The number of the newest event after a cursor (its event's number minus one); all events without one. */
    private static int below(String after) {
        if (after == null) {
            return events;
        }
        String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|");
        return Integer.parseInt(parts[2].substring(24)) - 1;
    }

    /** A 400 problem+json naming the query parameter, as the services answer bad input. */
    private static Response refuse(String service, String parameter, String message) {
        CALLS.computeIfAbsent(service, k -> new AtomicInteger()).incrementAndGet();
        return Response.status(400).type("application/problem+json")
                .entity(Map.of("status", 400, "title", "Bad Request", "detail", parameter + ": " + message,
                        "violations", List.of(Map.of("field", parameter, "in", "query", "message", message))))
                .build();
    }

    static Map<String, Object> event(int i) {
        return Map.ofEntries(Map.entry("id", eventId(i)), Map.entry("version", 0), Map.entry("title", "Event " + i),
                Map.entry("type", "STRIKE"), Map.entry("date", day(i)), Map.entry("datePrecision", "DAY"),
                Map.entry("actors", List.of("Russian Armed Forces")), Map.entry("status", "ACTIVE"),
                Map.entry("location",
                        Map.of("name", "Kharkiv", "country", "UA", "latitude",
                                UNBOUNDED_LATITUDE.contains(i) ? new java.math.BigDecimal("1E+400") : 49.99,
                                "longitude", 36.23, "precision", "SETTLEMENT")),
                Map.entry("sources", List.of(Map.of("publisher", "Newsroom", "quote", "quote " + i))),
                Map.entry("createdAt", "2024-11-17T08:15:30.123456Z"));
    }

    static Map<String, Object> claim(int i) {
        return Map.ofEntries(Map.entry("id", claimId(i)), Map.entry("version", 0),
                Map.entry("claimant", "Ukrainian General Staff"),
                Map.entry("claimantId", CasualtyFixtures.GENERAL_STAFF),
                Map.entry("claimantName", "General Staff of the Armed Forces of Ukraine"),
                Map.entry("affiliation", "UA"), Map.entry("subject", "RU"), Map.entry("category", "KILLED_OR_WOUNDED"),
                Map.entry("figure",
                        Map.of("qualifier", "MORE_THAN", "value", 1000 + i, "low", 1001 + i, "best", 1001 + i)),
                Map.entry("scope", Map.of("kind", "INTERVAL", "from", day(i), "to", day(i))), Map.entry("asOf", day(i)),
                Map.entry("eventId", eventId(i)), Map.entry("status", "ACTIVE"), Map.entry("revision", 1));
    }

    static Map<String, Object> pledge(int i) {
        return Map.ofEntries(Map.entry("id", pledgeId(i)), Map.entry("version", 0), Map.entry("title", "Package " + i),
                Map.entry("donor", "US"), Map.entry("recipient", "UA"), Map.entry("kind", "PLEDGE"),
                Map.entry("type", "MILITARY"), Map.entry("status", "ANNOUNCED"), Map.entry("announcedOn", day(i)),
                Map.entry("value", Map.of("amount", new BigDecimal("12345678901234.56"), "currency", "USD")),
                Map.entry("eventId", eventId(i)));
    }

    @Path("/fake/events/api/events")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Events {
        @GET
        public Response list(@QueryParam("ids") String ids, @QueryParam("limit") Integer limit,
                @QueryParam("after") String after, @QueryParam("country") String country,
                @Context HttpServerRequest request) {
            URIS.add(request.uri());
            if (country != null && !country.matches("[A-Z]{2}")) {
                return refuse("event-service", "country", "must be an ISO 3166-1 alpha-2 code");
            }
            Set<String> wanted = split(ids);
            List<Map<String, Object>> items = new ArrayList<>();
            // A look-up by ids answers every id; a list answers a page.
            int size = wanted != null ? Integer.MAX_VALUE : limit == null ? 50 : limit;
            int i = below(after);
            for (; i >= 1 && items.size() < size; i--) {
                if (wanted == null || wanted.contains(eventId(i))) {
                    items.add(event(i));
                }
            }
            // A list that stops before its last event says where to go on, as the services do.
            String next = wanted == null && i >= 1 ? eventCursor(i + 1) : null;
            return answer("event-service", page(items, next));
        }

        @GET
        @Path("{id}")
        public Response get(@PathParam("id") String id) {
            for (int i = 1; i <= events; i++) {
                if (eventId(i).equals(id)) {
                    return answer("event-service", event(i));
                }
            }
            CALLS.computeIfAbsent("event-service", k -> new AtomicInteger()).incrementAndGet();
            return Response.status(404).type("application/problem+json")
                    .entity(Map.of("status", 404, "title", "Not Found", "detail", "event " + id + " does not exist"))
                    .build();
        }

        @POST
        public Response create(@HeaderParam("Authorization") String authorization, Map<String, Object> input) {
            AUTHORIZATIONS.add(authorization);
            EVENT_INPUTS.add(input);
            if (input.get("title") == null || input.get("title").toString().isBlank()) {
                CALLS.computeIfAbsent("event-service", k -> new AtomicInteger()).incrementAndGet();
                return Response.status(400).type("application/problem+json")
                        .entity(Map.of("status", 400, "title", "Bad Request", "detail", "title: must not be blank",
                                "violations",
                                List.of(Map.of("field", "title", "in", "body", "message", "must not be blank"))))
                        .build();
            }
            Map<String, Object> created = new java.util.HashMap<>(event(1));
            created.put("title", input.get("title"));
            return answer("event-service", created);
        }
    }

    @Path("/fake/casualties/api/casualty-claims")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Claims {
        @GET
        public Response list(@QueryParam("ids") String ids, @QueryParam("eventId") String eventIds,
                @QueryParam("limit") Integer limit, @Context HttpServerRequest request) {
            URIS.add(request.uri());
            received(request, null);
            Set<String> wanted = split(eventIds);
            Set<String> wantedIds = split(ids);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = EMPTY.contains("casualty-service") ? 0 : events; i >= 1; i--) {
                if ((wanted == null || wanted.contains(eventId(i)))
                        && (wantedIds == null || wantedIds.contains(claimId(i)))
                        && (limit == null || items.size() < limit)) {
                    items.add(claim(i));
                }
            }
            return answer("casualty-service", page(items));
        }

        /**
         * A create: the claim recorded is claim 1 with the claimant and figure sent. An UNQUANTIFIED figure's word gets
         * its low from the service's vocabulary ("thousands" 2000); a word with another qualifier is refused.
         */
        @POST
        @SuppressWarnings("unchecked")
        public Response create(Map<String, Object> input, @Context HttpServerRequest request) {
            received(request, input);
            Map<String, Object> figure = (Map<String, Object>) input.get("figure");
            Object word = figure.get("word");
            if (word != null && !"UNQUANTIFIED".equals(figure.get("qualifier"))) {
                return problem(400, "Bad Request", "figure.word", "is only taken with qualifier UNQUANTIFIED");
            }
            Map<String, Object> created = new java.util.HashMap<>(claim(1));
            created.put("claimant", input.get("claimant"));
            created.put("figure", "thousands".equals(word)
                    ? CasualtyFixtures.figure("UNQUANTIFIED", null, 2_000L, null, null, "thousands") : figure);
            return answer("casualty-service", created);
        }

        /** One claim; at a knownAt before it was recorded (2024-11-17T08:15:30Z) it does not exist yet. */
        @GET
        @Path("{id}")
        public Response get(@PathParam("id") String id, @QueryParam("knownAt") String knownAt,
                @Context HttpServerRequest request) {
            received(request, null);
            for (int i = 1; i <= events; i++) {
                if (claimId(i).equals(id)
                        && (knownAt == null || !java.time.Instant.parse(knownAt).isBefore(CasualtyFixtures.RECORDED))) {
                    Map<String, Object> claim = new java.util.HashMap<>(claim(i));
                    claim.put("createdAt", CasualtyFixtures.RECORDED.toString());
                    return answer("casualty-service", claim);
                }
            }
            return problem(404, "Not Found", null, "casualty claim " + id + " does not exist");
        }

        /** The comparison; EQUIPMENT without an equipment type is refused, as the service refuses it. */
        @GET
        @Path("summary")
        public Response summary(@QueryParam("subject") String subject, @QueryParam("category") String category,
                @QueryParam("equipmentType") String equipmentType, @Context HttpServerRequest request) {
            received(request, null);
            if ("EQUIPMENT".equals(category) && equipmentType == null) {
                return problem(400, "Bad Request", "equipmentType", "is required for category EQUIPMENT");
            }
            return answer("casualty-service", "UA".equals(subject) ? CasualtyFixtures.agreeingSummary()
                    : CasualtyFixtures.contradictingSummary());
        }

        @GET
        @Path("series")
        public Response series(@Context HttpServerRequest request) {
            received(request, null);
            return answer("casualty-service", CasualtyFixtures.series());
        }

        /** A claim's claimant links; the claim must exist. */
        @GET
        @Path("{id}/claimant-links")
        public Response links(@PathParam("id") String id, @Context HttpServerRequest request) {
            received(request, null);
            if (!claimId(1).equals(id)) {
                return problem(404, "Not Found", null, "casualty claim " + id + " does not exist");
            }
            return answer("casualty-service", CasualtyFixtures.links());
        }

        /** Links claim 1 to the identity sent, or unlinks it; a version other than 0 is stale. */
        @POST
        @Path("{id}/claimant")
        public Response link(@PathParam("id") String id, Map<String, Object> input,
                @Context HttpServerRequest request) {
            received(request, input);
            if (!Integer.valueOf(0).equals(input.get("version"))) {
                return problem(409, "Conflict", "version",
                        "the claim was changed since version " + input.get("version") + "; it is at version 0");
            }
            Map<String, Object> claim = new java.util.HashMap<>(claim(1));
            claim.put("version", 1);
            claim.put("claimantId", input.get("claimantId"));
            claim.put("claimantName", input.get("claimantId") == null ? null : "UK Ministry of Defence");
            claim.put("affiliation", input.get("claimantId") == null ? null : "GB");
            return answer("casualty-service", claim);
        }
    }

    /** casualty-service's claimant identities: {@link CasualtyFixtures#CLAIMANTS} of them, in pages of the limit. */
    @Path("/fake/casualties/api/claimants")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Claimants {
        @GET
        public Response list(@QueryParam("limit") Integer limit, @QueryParam("after") String after,
                @Context HttpServerRequest request) {
            received(request, null);
            int from = after == null ? 1 : Integer.parseInt(after.substring("claimant-after-".length())) + 1;
            int size = limit == null ? 50 : limit;
            List<Map<String, Object>> items = new ArrayList<>();
            int i = from;
            for (; i <= CasualtyFixtures.CLAIMANTS && items.size() < size; i++) {
                items.add(CasualtyFixtures.claimant(i));
            }
            return answer("casualty-service",
                    page(items, i <= CasualtyFixtures.CLAIMANTS ? "claimant-after-" + (i - 1) : null));
        }

        @GET
        @Path("unlinked")
        public Response unlinked(@Context HttpServerRequest request) {
            received(request, null);
            return answer("casualty-service", CasualtyFixtures.unlinked());
        }

        @GET
        @Path("{id}")
        public Response get(@PathParam("id") String id, @Context HttpServerRequest request) {
            received(request, null);
            for (int i = 1; i <= CasualtyFixtures.CLAIMANTS; i++) {
                if (CasualtyFixtures.claimantId(i).equals(id)) {
                    return answer("casualty-service", CasualtyFixtures.claimant(i));
                }
            }
            return problem(404, "Not Found", null, "claimant " + id + " does not exist");
        }

        @POST
        public Response create(Map<String, Object> input, @Context HttpServerRequest request) {
            received(request, input);
            if (input.get("name") == null || input.get("name").toString().isBlank()) {
                return problem(400, "Bad Request", "name", "must not be blank");
            }
            Map<String, Object> created = new java.util.HashMap<>(input);
            created.put("id", CasualtyFixtures.claimantId(99));
            created.put("version", 0);
            created.put("createdBy", "editor");
            return answer("casualty-service", created);
        }

        /** An update of identity 1, whose version is 3; a parent that does not exist is refused with 422. */
        @jakarta.ws.rs.PUT
        @Path("{id}")
        public Response update(@PathParam("id") String id, Map<String, Object> input,
                @Context HttpServerRequest request) {
            received(request, input);
            if (!Integer.valueOf(3).equals(input.get("version"))) {
                return problem(409, "Conflict", "version",
                        "the claimant was changed since version " + input.get("version") + "; it is at version 3");
            }
            if (input.get("parentId") != null && !CasualtyFixtures.claimantId(2).equals(input.get("parentId"))) {
                return problem(422, "Unprocessable Content", "parentId", "no such claimant");
            }
            Map<String, Object> updated = new java.util.HashMap<>(input);
            updated.put("id", id);
            updated.put("version", 4);
            updated.put("updatedBy", "editor");
            return answer("casualty-service", updated);
        }
    }

    @Path("/fake/aid/api/aid-pledges")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Pledges {
        @GET
        public Uni<Response> list(@QueryParam("ids") String ids, @QueryParam("eventId") String eventIds,
                @Context HttpServerRequest request) {
            URIS.add(request.uri());
            Set<String> wanted = split(eventIds);
            Set<String> wantedIds = split(ids);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = EMPTY.contains("aid-service") ? 0 : events; i >= 1; i--) {
                if ((wanted == null || wanted.contains(eventId(i)))
                        && (wantedIds == null || wantedIds.contains(pledgeId(i)))) {
                    items.add(pledge(i));
                }
            }
            Uni<Response> response = Uni.createFrom().item(() -> answer("aid-service", page(items)));
            return SLOW.contains("aid-service") ? response.onItem().delayIt().by(Duration.ofMillis(1500)) : response;
        }
    }

    /**
     * intake-service: the articles of {@link IntakeFixtures}, newest first in pages of the limit, their candidates (as
     * reviewed through the fake since the last reset), submissions and reviews. It checks what it is sent as the
     * contract has it: only the parameters it knows, well formed; writes with a bearer token and a JSON body of the
     * fields it knows. An acceptance whose owning service is {@link #DOWN} fails with 503 and changes nothing; one
     * whose edits give a negative figure value is refused as casualty-service refuses it, violation passed on as is.
     */
    @Path("/fake/intake/api")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Intake {

        static final String NAME = "intake-service";
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
        private static final java.util.regex.Pattern UUID = java.util.regex.Pattern
                .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        private static final Set<String> ARTICLE_FIELDS = Set.of("url", "publisher", "title", "publishedOn",
                "retrievedOn", "language", "text", "html");
        private static final int MAX_TEXT = 200_000;

        @GET
        @Path("articles")
        public Response list(@Context HttpServerRequest request) {
            Request received = atIntake(request, null);
            Response refused = unknown(received, Set.of("limit", "after", "changedSince", "from", "to", "publisher"));
            if (refused != null) {
                return refused;
            }
            String limitText = one(received, "limit");
            int limit;
            try {
                limit = limitText == null ? 50 : Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                return refuse(NAME, "limit", "must be a number");
            }
            if (limit < 1 || limit > 500) {
                return refuse(NAME, "limit", "must be from 1 to 500");
            }
            java.time.LocalDate from;
            java.time.LocalDate to;
            java.time.Instant changedSince;
            try {
                from = one(received, "from") == null ? null : java.time.LocalDate.parse(one(received, "from"));
                to = one(received, "to") == null ? null : java.time.LocalDate.parse(one(received, "to"));
            } catch (java.time.format.DateTimeParseException e) {
                return refuse(NAME, "from", "must be a date (YYYY-MM-DD)");
            }
            try {
                changedSince = one(received, "changedSince") == null ? null
                        : java.time.Instant.parse(one(received, "changedSince"));
            } catch (java.time.format.DateTimeParseException e) {
                return refuse(NAME, "changedSince", "must be an instant");
            }
            String after = one(received, "after");
            int below = IntakeFixtures.ARTICLES;
            if (after != null) {
                if (!after.matches("article-after-[0-9]+")) {
                    return refuse(NAME, "after", "is not a cursor of this list");
                }
                below = Integer.parseInt(after.substring("article-after-".length())) - 1;
            }
            String publisher = one(received, "publisher");
            List<Map<String, Object>> items = new ArrayList<>();
            int i = below;
            for (; i >= 1 && items.size() < limit; i--) {
                Map<String, Object> article = IntakeFixtures.article(i, false);
                java.time.LocalDate published = java.time.LocalDate.parse(day(i));
                if ((publisher == null || publisher.equals(article.get("publisher")))
                        && (from == null || !published.isBefore(from)) && (to == null || !published.isAfter(to))
                        && (changedSince == null
                                || changedSince.isBefore(java.time.Instant.parse((String) article.get("updatedAt"))))) {
                    items.add(article);
                }
            }
            return answer(NAME, page(items, i >= 1 ? "article-after-" + (i + 1) : null));
        }

        @GET
        @Path("articles/{id}")
        public Response get(@PathParam("id") String id, @Context HttpServerRequest request) {
            Request received = atIntake(request, null);
            Response refused = unknown(received, Set.of());
            if (refused != null) {
                return refused;
            }
            if (!UUID.matcher(id).matches()) {
                return refuse(NAME, "id", "must be a UUID");
            }
            int i = IntakeFixtures.articleNumber(id);
            if (i > 0) {
                return answer(NAME, IntakeFixtures.article(i, true));
            }
            if (SUBMITTED.containsKey(id)) {
                return answer(NAME, SUBMITTED.get(id));
            }
            return problem(NAME, 404, "Not Found", null, "article " + id + " does not exist");
        }

        /** Every candidate of the articles named, in the order of the ids and then of the text. */
        @GET
        @Path("candidates")
        public Response byArticles(@Context HttpServerRequest request) {
            Request received = atIntake(request, null);
            Response refused = unknown(received, Set.of("articleIds"));
            if (refused != null) {
                return refused;
            }
            String joined = one(received, "articleIds");
            if (joined == null || joined.isEmpty()) {
                return refuse(NAME, "articleIds", "is required");
            }
            List<String> ids = Arrays.asList(joined.split(","));
            if (ids.size() > 500) {
                return refuse(NAME, "articleIds", "must hold at most 500 ids");
            }
            if (!ids.stream().allMatch(id -> UUID.matcher(id).matches())) {
                return refuse(NAME, "articleIds", "must be UUIDs separated by commas");
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (String id : new java.util.LinkedHashSet<>(ids)) {
                int i = IntakeFixtures.articleNumber(id);
                for (int j = 1; i > 0 && j <= IntakeFixtures.CANDIDATES; j++) {
                    items.add(candidate(i, j));
                }
            }
            return answer(NAME, page(items));
        }

        /** A new article (201, its Location), or the stored one (200) when its text was submitted before. */
        @POST
        @Path("articles")
        public Response submit(String body, @Context HttpServerRequest request) {
            Map<String, Object> input = read(body);
            Request received = atIntake(request, input);
            Response refused = writable(received, request, body, input);
            if (refused != null) {
                return refused;
            }
            Object url = input.get("url");
            if (!(url instanceof String link) || !link.matches("https?://.+")) {
                return problem(NAME, 400, "Bad Request", "url", "must be an absolute http(s) URL");
            }
            Object text = input.get("text");
            Object html = input.get("html");
            if ((text == null) == (html == null)) {
                return problem(NAME, 400, "Bad Request", "text", "give either text or html");
            }
            String stored = text != null ? text.toString() : html.toString().replaceAll("<[^>]*>", "").strip();
            if (stored.length() > MAX_TEXT) {
                return problem(NAME, 413, "Content Too Large", "text", "must be at most 200000 characters");
            }
            for (int i = 1; i <= IntakeFixtures.ARTICLES; i++) {
                if (IntakeFixtures.text(i).equals(stored)) {
                    return answer(NAME, IntakeFixtures.article(i, true));
                }
            }
            for (Map<String, Object> article : SUBMITTED.values()) {
                if (stored.equals(article.get("text"))) {
                    return answer(NAME, article);
                }
            }
            String id = String.format("00000000-0000-4000-d000-%012d", 900 + SUBMITTED.size());
            Map<String, Object> article = new java.util.HashMap<>(input);
            article.remove("html");
            article.putAll(CasualtyFixtures.map("id", id, "version", 0, "text", stored, "contentHash",
                    String.format("%064x", stored.hashCode() & 0xffffffffL), "candidateCount", 0, "createdAt",
                    "2024-11-22T10:00:00Z", "updatedAt", "2024-11-22T10:00:00Z", "createdBy", "editor"));
            SUBMITTED.put(id, article);
            Response created = answer(NAME, 201, article);
            return created.getStatus() == 201
                    ? Response.fromResponse(created).location(java.net.URI.create("/api/articles/" + id)).build()
                    : created;
        }

        @POST
        @Path("articles/{id}/candidates/{cid}/acceptance")
        @SuppressWarnings("unchecked")
        public Response accept(@PathParam("id") String id, @PathParam("cid") String cid, String body,
                @Context HttpServerRequest request) {
            Map<String, Object> input = body == null || body.isBlank() ? Map.of() : read(body);
            Request received = atIntake(request, input);
            Response refused = body == null || body.isBlank() ? unauthenticated(received)
                    : writable(received, request, body, input);
            if (refused != null) {
                return refused;
            }
            if (!Set.of("edits").containsAll(input.keySet())) {
                return problem(NAME, 400, "Bad Request", "edits", "is the only field of an acceptance");
            }
            if (input.get("edits") != null && !(input.get("edits") instanceof Map)) {
                return problem(NAME, 400, "Bad Request", "edits", "must be a JSON object");
            }
            Map<String, Object> candidate = reviewed(id, cid);
            if (candidate == null) {
                return problem(NAME, 404, "Not Found", null,
                        "candidate " + cid + " of article " + id + " does not exist");
            }
            if ("REJECTED".equals(candidate.get("status"))) {
                return problem(NAME, 409, "Conflict", null, "candidate " + cid + " was rejected");
            }
            if ("ACCEPTED".equals(candidate.get("status"))) {
                return answer(NAME, candidate);
            }
            String owner = switch ((String) candidate.get("kind")) {
            case "CASUALTY_CLAIM" -> "casualty-service";
            case "AID_PLEDGE" -> "aid-service";
            default -> "event-service";
            };
            if (DOWN.contains(owner)) {
                return problem(NAME, 503, "Service Unavailable", null, owner + " is unavailable; try again later");
            }
            Map<String, Object> edits = (Map<String, Object>) input.get("edits");
            Object figure = edits == null ? null : edits.get("figure");
            if (figure instanceof Map<?, ?> f && f.get("value") instanceof Number n && n.longValue() < 0) {
                return problem(NAME, 400, "Bad Request", "figure.value", "must not be negative");
            }
            Map<String, Object> accepted = new java.util.HashMap<>(candidate);
            int i = IntakeFixtures.articleNumber(id);
            accepted.putAll(CasualtyFixtures.map("status", "ACCEPTED", "recordId", IntakeFixtures.acceptedClaimId(i),
                    "reviewedBy", "editor", "reviewedAt", "2024-11-22T12:00:00Z", "version", 1));
            REVIEWED.put(cid, accepted);
            return answer(NAME, accepted);
        }

        @POST
        @Path("articles/{id}/candidates/{cid}/rejection")
        public Response reject(@PathParam("id") String id, @PathParam("cid") String cid, String body,
                @Context HttpServerRequest request) {
            Map<String, Object> input = read(body);
            Request received = atIntake(request, input);
            Response refused = writable(received, request, body, input);
            if (refused != null) {
                return refused;
            }
            if (!Set.of("reason").containsAll(input.keySet())) {
                return problem(NAME, 400, "Bad Request", "reason", "is the only field of a rejection");
            }
            Object reason = input.get("reason");
            if (!(reason instanceof String why) || why.isBlank() || why.length() > 1000) {
                return problem(NAME, 400, "Bad Request", "reason", "must be given, at most 1000 characters");
            }
            Map<String, Object> candidate = reviewed(id, cid);
            if (candidate == null) {
                return problem(NAME, 404, "Not Found", null,
                        "candidate " + cid + " of article " + id + " does not exist");
            }
            if ("ACCEPTED".equals(candidate.get("status"))) {
                return problem(NAME, 409, "Conflict", null, "candidate " + cid + " was accepted");
            }
            Map<String, Object> rejected = new java.util.HashMap<>(candidate);
            rejected.putAll(CasualtyFixtures.map("status", "REJECTED", "rejectionReason", reason, "reviewedBy",
                    "editor", "reviewedAt", "2024-11-22T12:00:00Z", "version", 1));
            REVIEWED.put(cid, rejected);
            return answer(NAME, rejected);
        }

        /** Candidate j of article i as it is now: as found, or as reviewed since. */
        private static Map<String, Object> candidate(int i, int j) {
            Map<String, Object> reviewed = REVIEWED.get(IntakeFixtures.candidateId(i, j));
            return reviewed != null ? reviewed : IntakeFixtures.candidate(i, j);
        }

        /** The candidate {@code cid} of the article {@code id} as it is now, or null when there is no such one. */
        private static Map<String, Object> reviewed(String id, String cid) {
            int i = IntakeFixtures.articleNumber(id);
            for (int j = 1; i > 0 && j <= IntakeFixtures.CANDIDATES; j++) {
                if (IntakeFixtures.candidateId(i, j).equals(cid)) {
                    return candidate(i, j);
                }
            }
            return null;
        }

        private static Request atIntake(HttpServerRequest request, Map<String, Object> body) {
            Request received = request(request, body);
            INTAKE.add(received);
            return received;
        }

        private static String one(Request received, String name) {
            List<String> values = received.query().get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** A 400 for a query parameter the contract does not have, or one given twice. */
        private static Response unknown(Request received, Set<String> known) {
            for (Map.Entry<String, List<String>> parameter : received.query().entrySet()) {
                if (!known.contains(parameter.getKey())) {
                    return refuse(NAME, parameter.getKey(), "is not a parameter of " + received.path());
                }
                if (parameter.getValue().size() > 1) {
                    return refuse(NAME, parameter.getKey(), "is given more than once");
                }
            }
            return null;
        }

        private static Response unauthenticated(Request received) {
            String authorization = received.authorization();
            if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() < 8) {
                return problem(NAME, 401, "Unauthorized", null, "a bearer token with the role editor is required");
            }
            return null;
        }

        /** A write's checks: a bearer token, a JSON body that is an object, and no query parameter. */
        private static Response writable(Request received, HttpServerRequest request, String body,
                Map<String, Object> input) {
            Response refused = unauthenticated(received);
            if (refused == null) {
                refused = unknown(received, Set.of());
            }
            String type = request.getHeader("Content-Type");
            if (refused == null && (type == null || !type.startsWith(MediaType.APPLICATION_JSON))) {
                refused = problem(NAME, 415, "Unsupported Media Type", null, "send application/json");
            }
            if (refused == null && input == null) {
                refused = problem(NAME, 400, "Bad Request", null, "the body must be a JSON object: " + body);
            }
            if (refused == null && received.path().endsWith("/articles")
                    && !ARTICLE_FIELDS.containsAll(input.keySet())) {
                Set<String> extra = new HashSet<>(input.keySet());
                extra.removeAll(ARTICLE_FIELDS);
                refused = problem(NAME, 400, "Bad Request", extra.iterator().next(), "is not a field of an article");
            }
            return refused;
        }

        /** The body read as a JSON object, or null when it is none. */
        @SuppressWarnings("unchecked")
        private static Map<String, Object> read(String body) {
            try {
                Object value = body == null ? null : JSON.readValue(body, Object.class);
                return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }
}
