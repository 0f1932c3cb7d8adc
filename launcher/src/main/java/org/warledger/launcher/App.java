package org.warledger.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One of the five Quarkus apps of the suite, on its default port, with the heap it runs best in. */
record App(String name, int port, String database, List<String> heap) {

    /**
     * The gateway keeps about 15 MB between requests but allocates about 1.7 MB per composed query: a fixed heap of 144
     * MB, 96 MB of it young with large survivor spaces, lets the objects of the requests in flight die young instead of
     * being promoted (with the default survivor ratio they filled the old generation and the collector ran full
     * collections back to back); the serial collector, and bounded code cache, metaspace, stacks and direct memory keep
     * its RSS about 300 MiB at 32 connections, where a 512 MB heap took it to 540 MiB at the same CPU per query.
     */
    static final App GATEWAY = new App("gateway", 8080, null,
            List.of("-Xms144m", "-Xmx144m", "-Xmn96m", "-XX:SurvivorRatio=4", "-XX:+UseSerialGC",
                    "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=128m", "-Xss512k",
                    "-XX:MaxDirectMemorySize=64m"));
    static final App EVENTS = new App("event-service", 8081, "warledger_events", List.of("-Xmx384m"));
    static final App CASUALTIES = new App("casualty-service", 8082, "warledger_casualties", List.of("-Xmx384m"));
    static final App AID = new App("aid-service", 8083, "warledger_aid", List.of("-Xmx384m"));
    static final App INTAKE = new App("intake-service", 8084, "warledger_intake", List.of("-Xmx384m"));
    /** In the order they are waited for; stopped the other way round, so that callers stop before what they call. */
    static final List<App> ALL = List.of(EVENTS, CASUALTIES, AID, INTAKE, GATEWAY);
    /** The apps each app calls over REST, told where they are by their REST client URL. */
    static final Map<App, List<App>> CALLS = Map.of(INTAKE, List.of(CASUALTIES, AID, EVENTS), GATEWAY,
            List.of(EVENTS, CASUALTIES, AID, INTAKE));

    String url() {
        return "http://localhost:" + port;
    }

    /** The variable that sets this app's URL in a caller: QUARKUS_REST_CLIENT_EVENT_SERVICE_URL for event-service. */
    String restClientUrlVariable() {
        return "QUARKUS_REST_CLIENT_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }
}
