package org.warledger.launcher;

import java.util.List;

/** One of the four Quarkus apps of the suite, on its default port. */
record App(String name, int port, String database) {

    static final App GATEWAY = new App("gateway", 8080, null);
    static final App EVENTS = new App("event-service", 8081, "warledger_events");
    static final App CASUALTIES = new App("casualty-service", 8082, "warledger_casualties");
    static final App AID = new App("aid-service", 8083, "warledger_aid");
    static final List<App> ALL = List.of(EVENTS, CASUALTIES, AID, GATEWAY);

    String url() {
        return "http://localhost:" + port;
    }
}
