package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SuiteTest {

    @TempDir
    Path data;

    @Test
    void aTakenPortIsRefusedWithOneLineNamingItAndItsUser() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Home home = new Home(root, data);
        try (ServerSocket taken = new ServerSocket(App.CASUALTIES.port())) {
            LauncherException refused = assertThrows(LauncherException.class, () -> Suite.preflight(home));
            assertTrue(refused.getMessage().contains("port 8082 is taken, and casualty-service needs it"),
                    refused.getMessage());
        }
    }

    @Test
    void aTakenIntakePortIsRefusedLikeTheOthers() throws IOException {
        Home home = new Home(Path.of("..").toAbsolutePath().normalize(), data);
        try (ServerSocket taken = new ServerSocket(App.INTAKE.port())) {
            LauncherException refused = assertThrows(LauncherException.class, () -> Suite.preflight(home));
            assertTrue(refused.getMessage().contains("port 8084 is taken, and intake-service needs it"),
                    refused.getMessage());
        }
    }

    @Test
    void theSuiteIsTheFourServicesAndTheGatewayOnTheirDocumentedPortsEachServiceWithADatabaseOfItsOwn() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        App.ALL.forEach(app -> ports.put(app.name(), app.port()));
        assertEquals(Map.of("event-service", 8081, "casualty-service", 8082, "aid-service", 8083, "intake-service",
                8084, "gateway", 8080), ports);
        assertEquals(App.GATEWAY, App.ALL.get(App.ALL.size() - 1), "the gateway is waited for last, stopped first");
        List<String> databases = App.ALL.stream().filter(app -> app != App.GATEWAY).map(App::database).toList();
        assertEquals(List.of("warledger_events", "warledger_casualties", "warledger_aid", "warledger_intake"),
                databases);
        assertNull(App.GATEWAY.database(), "the gateway owns no table");
    }

    @Test
    void theIntakeServiceIsToldWhereTheThreeRecordServicesAreAndTheGatewayWhereAllFourAre() {
        Keys keys = new Keys(data.resolve("keys"));
        Map<String, String> intake = Suite.environment(App.INTAKE, Bind.LOOPBACK, keys,
                "jdbc:postgresql://localhost:55432/warledger_intake");
        assertEquals(Map.of("QUARKUS_REST_CLIENT_CASUALTY_SERVICE_URL", "http://localhost:8082",
                "QUARKUS_REST_CLIENT_AID_SERVICE_URL", "http://localhost:8083", "QUARKUS_REST_CLIENT_EVENT_SERVICE_URL",
                "http://localhost:8081"), restClientUrls(intake));
        assertEquals("jdbc:postgresql://localhost:55432/warledger_intake", intake.get("QUARKUS_DATASOURCE_JDBC_URL"));
        Map<String, String> gateway = Suite.environment(App.GATEWAY, Bind.LOOPBACK, keys, null);
        assertEquals(Map.of("QUARKUS_REST_CLIENT_EVENT_SERVICE_URL", "http://localhost:8081",
                "QUARKUS_REST_CLIENT_CASUALTY_SERVICE_URL", "http://localhost:8082",
                "QUARKUS_REST_CLIENT_AID_SERVICE_URL", "http://localhost:8083",
                "QUARKUS_REST_CLIENT_INTAKE_SERVICE_URL", "http://localhost:8084"), restClientUrls(gateway));
        for (App service : List.of(App.EVENTS, App.CASUALTIES, App.AID)) {
            assertEquals(Map.of(), restClientUrls(Suite.environment(service, Bind.LOOPBACK, keys, null)),
                    service.name() + " calls no other app");
        }
    }

    @Test
    void everyAppListensOnLoopbackUnlessToldOtherwise() {
        Keys keys = new Keys(data.resolve("keys"));
        for (App app : App.ALL) {
            Map<String, String> env = Suite.environment(app, Bind.of(null, null), keys, null);
            assertEquals("127.0.0.1", env.get("QUARKUS_HTTP_HOST"), app.name());
            assertEquals(Integer.toString(app.port()), env.get("QUARKUS_HTTP_PORT"), app.name());
        }
    }

    @Test
    void everyAppAndTheGatewayTooVerifyTokensWithTheLocalKeyIssuerAndAudience() {
        Keys keys = new Keys(data.resolve("keys"));
        for (App app : App.ALL) {
            Map<String, String> env = Suite.environment(app, Bind.LOOPBACK, keys, null);
            assertEquals(keys.publicKey().toUri().toString(), env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), app.name());
            assertEquals("warledger", env.get("MP_JWT_VERIFY_ISSUER"), app.name());
            assertEquals("warledger", env.get("MP_JWT_VERIFY_AUDIENCES"), app.name());
        }
    }

    @Test
    void onlyTheServicesAreGivenADatabase() {
        Keys keys = new Keys(data.resolve("keys"));
        Map<String, String> events = Suite.environment(App.EVENTS, Bind.LOOPBACK, keys,
                "jdbc:postgresql://localhost:55432/warledger_events");
        assertEquals("jdbc:postgresql://localhost:55432/warledger_events", events.get("QUARKUS_DATASOURCE_JDBC_URL"));
        Map<String, String> gateway = Suite.environment(App.GATEWAY, Bind.LOOPBACK, keys, null);
        assertFalse(gateway.containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("localhost", Suite.POSTGRES_LISTENS_ON, "the database is never reachable from elsewhere");
    }

    @Test
    void everyInterfaceIsTakenFromTheOptionOrFromWarledgerBindAndTheOptionWins() {
        Keys keys = new Keys(data.resolve("keys"));
        assertEquals("0.0.0.0",
                Suite.environment(App.GATEWAY, Bind.of("0.0.0.0", null), keys, null).get("QUARKUS_HTTP_HOST"));
        assertEquals("0.0.0.0",
                Suite.environment(App.GATEWAY, Bind.of(null, "0.0.0.0"), keys, null).get("QUARKUS_HTTP_HOST"));
        assertEquals(Bind.LOOPBACK, Bind.of("127.0.0.1", "0.0.0.0"));
        assertEquals(Bind.LOOPBACK, Bind.of(null, " "), "an empty WARLEDGER_BIND is no choice");
        assertTrue(Bind.of(null, "0.0.0.0").everyInterface());
        assertFalse(Bind.LOOPBACK.everyInterface());
    }

    @Test
    void anAddressTheLauncherCouldNotReachTheAppsOnIsRefusedWithOneLineSayingWhatWorks() {
        for (String address : List.of("192.168.1.20", "example.org", "127.0.0.1:8080", "::")) {
            LauncherException refused = assertThrows(LauncherException.class, () -> Bind.of(address, null), address);
            assertEquals("cannot bind the apps to \"" + address + "\": use 127.0.0.1 (this machine only, the default)"
                    + " or 0.0.0.0 (every interface)", refused.getMessage());
        }
        assertThrows(LauncherException.class, () -> Bind.of(null, "10.0.0.1"), "from WARLEDGER_BIND too");
    }

    @Test
    void upTakesTheBindAddressAsAnOption() {
        CommandLine.ParseResult parsed = new CommandLine(new Warledger()).parseArgs("up", "--detach", "--bind",
                "0.0.0.0");
        Warledger.Up up = (Warledger.Up) parsed.subcommand().commandSpec().userObject();
        assertEquals("0.0.0.0", up.bind);
        assertTrue(up.detach);
    }

    private static Map<String, String> restClientUrls(Map<String, String> env) {
        Map<String, String> urls = new LinkedHashMap<>(env);
        urls.keySet().removeIf(key -> !key.startsWith("QUARKUS_REST_CLIENT_"));
        return urls;
    }
}
